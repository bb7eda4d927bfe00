"""The ``reader`` command line.

With no command it opens the TUI. Every command takes ``--db``; those that
print data take ``--json`` for scripts. Errors are one line on stderr and a
non-zero exit status: 1 when some input was rejected, 2 for usage and
database errors; 130 after Ctrl-C and 143 after SIGTERM, which stop a
command the same way (``reader.stopping``).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from db.connection import upgrade_pending
from db.errors import StorageError, StoreError
from db.query import words_of
from db.records import QuoteRow
from reader import (
    __version__,
    cli_edit,
    cli_follows,
    cli_marks,
    cli_select,
    cli_trash,
    cli_versions,
    privacy,
)
from reader.config import default_db_path
from reader.files import Rejected, decode, read_bytes
from reader.import_progress import ImportProgress
from reader.importer import FileResult, Notice, Status
from reader.library import ArticleFilter, Library, described_line, spelled_line
from reader.metadata import parse_map
from reader.safe_text import json_safe, one_line, visible
from reader.stopping import EXIT_TERMINATED, sigterm_as_ctrl_c, terminated
from reader.understanding import Progress
from reader.wording import also_published, counted, shown_date, stories, version_name
from reader.workers import reader_command

EXIT_REJECTED = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 128 + signal.SIGINT
# How much lower the priority of a second phase run in the background is (of
# 19), so that the user's own work (a TUI, a shell) stays quick beside it.
BACKGROUND_NICE = 10


class UsageError(Exception):
    """A command line that cannot be carried out; the message says why."""


def _print_json(data: Any) -> None:
    print(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))


class _Parser(argparse.ArgumentParser):
    """Argument errors as one line, like every other error of the command line."""

    def error(self, message: str):
        self.exit(EXIT_ERROR, f"{self.prog}: {one_line(message)} (see {self.prog} --help)\n")


def _entity_parser(commands) -> None:
    entity = commands.add_parser(
        "entity", help="one entity: its page, and curation (hide, retype, rename, merge, undo...)"
    )
    actions = entity.add_subparsers(dest="action", metavar="ACTION", required=True)
    ref = {"metavar": "ENTITY", "help": "an entity id, or a name that fits one entity"}

    p = actions.add_parser("show", help="the entity page: variants, quotes, timeline, company")
    p.add_argument("entity", **ref)
    p.add_argument("--limit", type=int, default=50, help="at most this many of each list")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser(
        "hide", help="not an entity: out of lists and filters, quotes unattributed"
    )
    p.add_argument("entity", **ref)
    p = actions.add_parser("unhide", help="show a hidden entity again")
    p.add_argument("entity", **ref)
    p = actions.add_parser("retype", help="fix the type: PER, ORG or LOC")
    p.add_argument("entity", **ref)
    p.add_argument("type", metavar="TYPE", help="PER, ORG or LOC")
    p = actions.add_parser(
        "rename", help="the name it is shown under (the old one stays a variant)"
    )
    p.add_argument("entity", **ref)
    p.add_argument("name", metavar="NAME")
    p = actions.add_parser("alias", help="add a variant (another entity's name: a merge)")
    p.add_argument("entity", **ref)
    p.add_argument("name", metavar="NAME")
    p = actions.add_parser("merge", help="make one entity a variant of another")
    p.add_argument("keep", metavar="KEEP", help="the entity that stays (id or name)")
    p.add_argument("other", metavar="OTHER", help="the entity folded into it (id or name)")
    p = actions.add_parser("split", help="make one variant of an entity an entity of its own")
    p.add_argument("entity", **ref)
    p.add_argument("variant", metavar="VARIANT", help="the variant's name, as `show` lists it")
    actions.add_parser("undo", help="revert the newest curation (again for the one before)")
    p = actions.add_parser("log", help="every curation, oldest first; --json exports it")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("apply", help="replay a curation exported by `log --json`")
    p.add_argument("file", type=Path, metavar="FILE")
    for command in actions.choices.values():
        command.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reader",
        description="Read, search and understand a collection of news articles."
        " Without a COMMAND, `reader` opens the library in the terminal reader"
        " (the TUI; a new library is filled with the bundled sample articles).",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument(
        "--db", type=Path, help="database file (default: $READER_DB or the user data folder)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser(
        "import",
        help="import article files, folders or globs",
        description="Import articles: each is searchable once stored; its names, quotes"
        " and speakers follow (the command waits for them unless --no-wait).",
    )
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--max-mb", type=float, default=50, help="skip files larger than this")
    p.add_argument(
        "--map",
        metavar="FIELD=COLUMN,...",
        help="which dataset columns hold which fields (text, title, date, url, source,"
        " author, lang, id), over the columns found by name",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="JSON Lines on stdout: one object per file or dataset row, then a summary",
    )
    waiting = p.add_mutually_exclusive_group()
    waiting.add_argument(
        "--no-wait",
        action="store_true",
        help="return once the files are searchable; names and quotes follow in the background",
    )
    waiting.add_argument(
        "--wait",
        action="store_true",
        help="with no PATH: wait until every stored article is understood",
    )
    p.add_argument(
        "--restore",
        action="store_true",
        help="bring back what was deleted from these paths (from the trash, or read again)",
    )
    # What --no-wait and the TUI start: --wait, at a lower priority.
    waiting.add_argument("--background", action="store_true", help=argparse.SUPPRESS)

    p = commands.add_parser("search", help="full-text search")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--saved", metavar="NAME", help="run a saved search")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--all-versions", action="store_true", help="every version of a story, not once")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("saved", help="saved searches: list, add, rename, delete")
    p.add_argument("action", nargs="?", choices=["list", "add", "rename", "delete"], default="list")
    p.add_argument(
        "names", nargs="*", metavar="ARG", help="add NAME QUERY | rename OLD NEW | delete NAME"
    )
    p.add_argument("--json", action="store_true", help="the list as JSON")

    cli_follows.register(commands)

    p = commands.add_parser("list", help="list articles, newest first")
    p.add_argument("--lang")
    p.add_argument("--sort", choices=["date", "title", "added"], default="date")
    p.add_argument("--limit", type=int)
    p.add_argument(
        "--all-versions", action="store_true", help="list every version of a story, not once"
    )
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("show", help="show one article")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("stats", help="counts of articles, languages, entities")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("reindex", help="run extraction again over every article")

    p = commands.add_parser(
        "entities",
        help="find people, organisations and places: by name, variant or short form, then fuzzy",
    )
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--limit", type=int, default=30)
    p.add_argument("--json", action="store_true")

    _entity_parser(commands)

    p = commands.add_parser("merge", help="make one entity a variant of another (entity merge)")
    p.add_argument("keep", metavar="KEEP", help="the entity that stays (id or name)")
    p.add_argument("other", metavar="OTHER", help="the entity folded into it (id or name)")

    p = commands.add_parser(
        "split", help="make one variant of an entity an entity of its own (entity split)"
    )
    p.add_argument("entity", metavar="ENTITY", help="an entity id, or a name that fits one")
    p.add_argument(
        "variant", metavar="VARIANT", help="the variant's name, as `reader entities` shows it"
    )

    p = commands.add_parser("quotes", help="who said what: quotes with speakers")
    p.add_argument("--speaker", help="a speaker's name (fuzzy)")
    p.add_argument(
        "--text",
        metavar="WORDS",
        help="quotes holding all these words (the exact phrase first); `word*` for a prefix",
    )
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.add_argument("--grouped", action="store_true", help="one statement once, across articles")

    p = commands.add_parser("export", help="export articles, quotes, entities or highlights")
    p.add_argument("what", choices=["articles", "quotes", "entities", "highlights"])
    p.add_argument(
        "--query",
        metavar="QUERY",
        help="only what belongs to the articles this search finds; for quotes,"
        " speaker: and quote: also select the quotations",
    )
    p.add_argument(
        "--format",
        choices=["json", "csv", "md"],
        help="json (the default), csv or md; with --output, its extension decides",
    )
    p.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE",
        help="write to FILE (created or replaced, readable by you alone) instead of stdout (-)",
    )
    p.add_argument("--grouped", action="store_true", help="quotes: one statement once")

    cli_versions.add_parser(commands)

    p = commands.add_parser("doctor", help="check the database; --repair rebuilds the index")
    p.add_argument("--repair", action="store_true")
    p.add_argument("--json", action="store_true", help="each check and its result as JSON")

    p = commands.add_parser("backup", help="a consistent copy of the database, safe while in use")
    p.add_argument("destination", type=Path)

    p = commands.add_parser("extract", help="run extraction on a file (no database)")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")

    cli_trash.add_parsers(commands)
    cli_marks.add_parsers(commands)
    cli_edit.add_parsers(commands)

    # `--db` is accepted after the command too (`reader stats --db x.db`).
    for name, command in commands.choices.items():
        if name != "extract":
            command.add_argument(
                "--db", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS
            )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # A command stops on SIGTERM as on Ctrl-C; the TUI's signals are Textual's.
    with nullcontext() if args.command is None else sigterm_as_ctrl_c():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        if args.command is None:
            return _run_tui(args)
        if args.command == "extract":
            return _extract(args)
        db_path = args.db or default_db_path()
        creates = args.command == "import" and bool(args.paths)
        if not creates and not db_path.exists():
            raise UsageError(f"{db_path}: no database here yet; run `reader import PATH` first")
        try:
            privacy.make_folder(db_path)
        except OSError as error:
            raise UsageError(
                f"{db_path.parent}: cannot create the database folder "
                f"({(error.strerror or str(error)).lower()}); choose another place with --db"
            ) from None
        _say_if_upgrading(db_path)
        with Library(db_path) as library:
            if _changes_library(args):
                library.require_writable()
            return COMMANDS[args.command](library, args)
    except StorageError as error:
        # What SQLite said when a read failed (a damaged file, a table gone)
        # ends as one line, with advice that does not send `reader doctor`
        # back to itself.
        advice = (
            f"restore it from a backup, or save what is readable with `sqlite3 {db_path} .recover`"
            if args.command == "doctor"
            else "try `reader doctor`"
        )
        print(f"reader: database error: {one_line(error.reason)} ({advice})", file=sys.stderr)
        return EXIT_ERROR
    except (StoreError, UsageError, cli_select.Refused) as error:
        print(f"reader: {one_line(str(error))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return _stopped("")
    except BrokenPipeError:
        return 0
    except OSError as error:
        print(f"reader: {one_line(str(error))}", file=sys.stderr)
        return EXIT_ERROR


def _changes_library(args: argparse.Namespace) -> bool:
    """Whether the command writes: on a read-only library it is refused
    before it starts, the rest (search, show, export...) just read."""
    return (
        args.command in {"import", "reindex", "merge", "split"}
        or (args.command == "entity" and args.action not in {"show", "log"})
        or (args.command == "saved" and args.action != "list")
        or (args.command == "doctor" and args.repair)
        or cli_trash.writes(args)
        or cli_marks.writes(args)
        or cli_edit.writes(args)
        or (args.command == "versions" and cli_versions.writes(args))
        or cli_follows.changes_library(args)
    )


def _say_if_upgrading(db_path: Path) -> None:
    if db_path.exists() and upgrade_pending(db_path):
        print(
            f"reader: upgrading {db_path} for this version (once; a large library takes a minute)…",
            file=sys.stderr,
        )


def _run_tui(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        # From a script or a pipe the app would draw into a file and wait forever.
        print(
            "reader: the reader app needs a terminal; from a script use a command"
            " (reader --help lists them)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    from reader.ui.app import run

    _say_if_upgrading(args.db or default_db_path())

    return run(args.db or default_db_path())


def _import(library: Library, args: argparse.Namespace) -> int:
    if args.background:
        os.nice(BACKGROUND_NICE)
        args.wait = True
    if not args.paths and not args.wait:
        raise UsageError(
            "import: name the files or folders to import (or --wait, to wait"
            " for the names and quotes still being worked out)"
        )
    status = 0
    if args.paths:
        status = _store_files(library, args)
        if status not in (0, EXIT_REJECTED):
            return status
    if args.no_wait:
        if left := library.pending():
            _understand_in_background(library)
            print(
                f"understanding {counted(left, 'article')} in the background"
                " (`reader import --wait` waits for it)",
                file=sys.stderr,
            )
        return status
    return _understand(library) or status


def _store_files(library: Library, args: argparse.Namespace) -> int:
    """The first phase: each file stored and searchable, with a line for
    each that was not and a summary (JSON Lines with ``--json``)."""
    try:
        columns = parse_map(args.map) if args.map else None
    except ValueError as error:
        raise UsageError(f"--map: {error}") from None
    started = time.monotonic()
    planned = library.plan_import(args.paths)
    if args.restore and (back := library.restore_paths(planned)):
        print(f"restored {counted(back, 'article')} from the trash", file=sys.stderr)
    counts: Counter[Status] = Counter()
    tracked = ImportProgress(len(planned))
    left = 0
    progress = _Progress(len(planned), "files") if sys.stderr.isatty() else None

    def notify(notice: Notice) -> None:
        nonlocal left
        left += len(notice.left)
        if progress:
            progress.clear()
        print(one_line(notice.text), file=sys.stderr)

    try:
        for result in library.run_import(
            planned, max_bytes=int(args.max_mb * 1024 * 1024), columns=columns, notify=notify
        ):
            counts[result.status] += 1
            tracked.advance(result)
            if args.json:
                print(json_safe(json.dumps(result.as_json(), ensure_ascii=False)), flush=True)
            else:
                _report(result, progress)
            if progress:
                progress.unit = f"{tracked.unit}s"
                progress.show(tracked.done, tracked.total)
    except KeyboardInterrupt:
        if progress:
            progress.clear()
        return _stopped(
            f" after {tracked.of_total()}; "
            "run the import again to finish (files already stored come back as unchanged)"
        )
    if progress:
        progress.clear()
    elapsed = time.monotonic() - started
    skipped = planned.skipped.summary()
    if args.json:
        summary = {s.value: counts[s] for s in Status}
        summary.update(tracked.kinds)
        summary.update(left_dataset=left, skipped=skipped, seconds=round(elapsed, 1))
        print(json.dumps({"summary": summary}, ensure_ascii=False), flush=True)
    else:
        done = ", ".join(f"{counts[s]} {s.value}" for s in Status)
        print(f"{tracked.summary()} in {elapsed:.1f}s: {done}", file=sys.stderr)
    if skipped:
        print(skipped, file=sys.stderr)
    return EXIT_REJECTED if counts[Status.REJECTED] else 0


def _understand(library: Library) -> int:
    """The second phase, with a bar on a terminal: names, quotes and
    speakers of every article still queued (this import's, or one stopped
    earlier); Ctrl-C leaves the rest queued and everything searchable."""
    started = time.monotonic()
    left = library.pending()
    if not left:
        return 0
    last, stopped = _follow(
        library, library.understand(), left, "articles understood", "understand"
    )
    if stopped is not None:
        return stopped
    elapsed = time.monotonic() - started
    print(f"understood {counted(last.done, 'article')} in {elapsed:.1f}s", file=sys.stderr)
    _say_if_failed(last)
    return 0


def _follow(
    library: Library, runs: Iterator[Progress], total: int, unit: str, verb: str
) -> tuple[Progress, int | None]:
    """Follow a second-phase run (an import's or a reindex's) with a bar on
    a terminal; its last progress, and the exit status when Ctrl-C stopped
    it (saying how many articles are left to ``verb``)."""
    progress = _Progress(total, unit) if sys.stderr.isatty() else None
    last = Progress(0, total)
    try:
        for last in runs:
            if progress:
                progress.show(last.done, last.done + last.left)
    except KeyboardInterrupt:
        if progress:
            progress.clear()
        return last, _stopped(
            f" with {counted(library.pending(), 'article')} still to {verb} (all"
            " searchable); `reader import --wait` finishes them"
        )
    if progress:
        progress.clear()
    return last, None


def _say_if_failed(last: Progress) -> None:
    if last.failed:
        print(
            f"reader: names and quotes could not be found in {counted(last.failed, 'article')}"
            " (extraction failed on their text; they are stored and searchable)",
            file=sys.stderr,
        )


def _understand_in_background(library: Library) -> None:
    """Start ``reader import --wait`` on this library, at a lower priority,
    as a process of its own that outlives this one (its output goes nowhere: the queue says how
    far it got, and any later import or TUI takes over if it dies)."""
    import subprocess

    subprocess.Popen(
        [*reader_command(), "import", "--background", "--db", str(library.path)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _say_if_partial(library: Library, query: str | None = None) -> None:
    """On stderr, that an answer about names or quotes is still partial."""
    if line := library.partial_line(query):
        print(f"reader: {line}", file=sys.stderr)


def _stopped(detail: str) -> int:
    """Say that Ctrl-C or SIGTERM stopped the command, with the shell's exit status for it."""
    if terminated():
        print(f"reader: terminated{detail}", file=sys.stderr)
        return EXIT_TERMINATED
    print(f"reader: interrupted{detail}", file=sys.stderr)
    return EXIT_INTERRUPTED


def _report(result: FileResult, progress: _Progress | None) -> None:
    """A line a file; under a progress bar, only for rejected files and
    copies of articles stored from another file (re-reads go unsaid)."""
    if result.status is Status.REJECTED:
        if progress:
            progress.clear()
        print(f"rejected  {result.where}: {one_line(result.reason or '')}", file=sys.stderr)
    elif progress is None or result.copy_of:
        if progress:
            progress.clear()
        note = f" ({one_line(result.note)})" if result.note else ""
        print(f"{result.status.value:<9} {result.where}{note}")


class _Progress:
    """A one-line progress bar on the terminal's stderr."""

    def __init__(self, total: int, unit: str) -> None:
        self.total, self.unit, self.done, self.last = total, unit, 0, 0.0

    def show(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        now = time.monotonic()
        if now - self.last < 0.1 and self.done < self.total:
            return
        self.last = now
        width = 30
        filled = width * self.done // max(self.total, 1)
        bar = "█" * filled + "·" * (width - filled)
        sys.stderr.write(f"\r{bar} {self.done:,}/{self.total:,} {self.unit}")
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


# How far "showing 20 of N" counts: past it, "of more than 4,000".
COUNT_BOUND = 4000


def _say_shown(shown: int, limit: int | None, count) -> None:
    """On stderr, when a list stopped at ``limit``, how many there are
    (``count(bound)`` counts no further than ``bound`` + 1); a list
    without a limit (``reader list``) is whole."""
    if limit is None or shown < limit or limit <= 0:
        return
    total = count(COUNT_BOUND)
    if total <= shown:
        return
    of = f"more than {COUNT_BOUND:,}" if total > COUNT_BOUND else f"{total:,}"
    print(f"showing {shown:,} of {of} (use --limit)", file=sys.stderr)


def refuse_problems(library: Library, command: str, query: str) -> None:
    """Refuse a query with a filter that can match nothing
    (``cli_select.refusal_line``)."""
    if line := cli_select.refusal_line(library, command, query):
        raise UsageError(line)


def _search(library: Library, args: argparse.Namespace) -> int:
    if args.saved:
        args.query = library.saved_search(args.saved)
    elif not args.query.strip():
        raise UsageError(
            "search: no query; usage: reader search QUERY [--limit N] [--json]"
            " | reader search --saved NAME"
        )
    refuse_problems(library, "search", args.query)
    for line in library.name_notes(args.query, scan=True):
        print(one_line(line), file=sys.stderr)
    _say_if_partial(library, args.query)
    fold = not args.all_versions
    hits = library.search(args.query, limit=max(args.limit, 0), fold=fold)
    _say_shown(
        len(hits),
        args.limit,
        lambda bound: library.count_matches(args.query, bound=bound, fold=fold),
    )
    if args.json:
        _print_json(
            [
                {
                    "id": h.id,
                    "title": h.title,
                    "path": h.path,
                    "lang": h.lang,
                    "source": h.source,
                    "date": h.date,
                    "url": h.url,
                    "author": h.author,
                    "score": round(h.score, 4),
                    "snippet": h.snippet.text,
                    "highlights": [list(span) for span in h.snippet.hits],
                    "group": h.group,
                    "versions": h.versions,
                    # Where the quotation a quote: filter found is in the text.
                    **({"quote": list(h.quote)} if h.quote else {}),
                }
                for h in hits
            ]
        )
        return 0
    bold = ("\x1b[1m", "\x1b[0m") if sys.stdout.isatty() else ("[", "]")
    for h in hits:
        # Date and source first, as ``reader list`` has them: two stories
        # on one subject are told apart by who published them and when.
        versions = f"  ({h.versions} versions)" if h.versions > 1 else ""
        print(
            f"{h.id:>6}  {shown_date(h.date):<10}  {h.lang:<5}  {one_line(h.title)}"
            f"  · {one_line(version_name(h))}{versions}"
        )
        safe = type(h.snippet)(one_line(h.snippet.text), h.snippet.hits)
        print(f"        {safe.marked(*bold)}")
    if not hits:
        shown = args.query if len(args.query) <= 80 else args.query[:80] + "…"
        print(f"no articles match {one_line(shown)!r}", file=sys.stderr)
    return 0


def _saved(library: Library, args: argparse.Namespace) -> int:
    wanted = {"list": 0, "add": 2, "rename": 2, "delete": 1}[args.action]
    if len(args.names) != wanted:
        raise UsageError(f"saved {args.action} takes {wanted} argument(s), got {len(args.names)}")
    if args.action == "add":
        library.save_search(*args.names)
    elif args.action == "rename":
        library.rename_search(*args.names)
    elif args.action == "delete":
        library.delete_search(*args.names)
    elif args.json:
        # new: articles imported since it was last opened that it finds now.
        _print_json(
            [
                {"name": s.name, "query": s.query, "last_opened": s.last_opened, "new": s.new}
                for s in library.whats_new(kinds=("saved",))
            ]
        )
    else:
        for name, query in library.saved_searches():
            print(f"{one_line(name)}\t{one_line(query)}")
    return 0


def _list(library: Library, args: argparse.Namespace) -> int:
    where = ArticleFilter(lang=args.lang, fold=not args.all_versions)
    rows = library.articles(where, sort=args.sort, limit=args.limit)
    _say_shown(len(rows), args.limit, lambda bound: library.count_articles(where))
    if args.json:
        _print_json([cli_versions.grouped_row(r) for r in rows])
        return 0
    for r in rows:
        versions = f"  ({r.versions} versions)" if r.versions > 1 else ""
        print(f"{r.id:>6}  {shown_date(r.date):<10}  {r.lang:<5}  {one_line(r.title)}{versions}")
    return 0


def _show(library: Library, args: argparse.Namespace) -> int:
    detail = library.article(args.id)
    text = detail.text
    if args.json:
        _print_json(
            {
                **cli_versions.grouped_row(detail.row),
                # The story's other versions: who else published it.
                "also_published": [cli_versions.grouped_row(r) for r in detail.versions],
                "caption": detail.caption,
                "byline": detail.byline,
                "encoding": detail.encoding,
                "imported_at": detail.imported_at,
                "updated_at": detail.updated_at,
                "body": detail.body,
                "text": text,
                "tags": [name for name, _ in detail.tags],
                "entities": [
                    {**m._asdict(), "text": text[m.start : m.end]} for m in detail.mentions
                ],
                "quotes": [{**q._asdict(), "text": text[q.start : q.end]} for q in detail.quotes],
                "highlights": [h._asdict() for h in detail.highlights],
            }
        )
        return 0
    row = detail.row
    print(visible(row.title))
    meta = " · ".join(x for x in (row.source, shown_date(row.date), row.lang, row.path) if x)
    print(one_line(meta))
    for label, value in (
        ("by", row.author or detail.byline),
        ("url", row.url),
        ("photo", detail.caption),
    ):
        if value:
            print(one_line(f"{label}: {value}"))
    if detail.tags:
        print("tags: " + one_line(", ".join(name for name, _ in detail.tags)))
    if detail.versions:
        print(one_line(also_published(detail.versions)))
    print()
    print(visible(detail.body))
    _print_who(detail)
    return 0


_KINDS = (("PER", "people"), ("ORG", "organisations"), ("LOC", "places"))


def _print_who(detail) -> None:
    """After the text, who is in the story and who said what: the entities
    by kind (each once, in order of appearance) and every quotation with
    its speaker."""
    if detail.mentions:
        print()
    for type_, label in _KINDS:
        names = dict.fromkeys(m.name for m in detail.mentions if m.type == type_)
        if names:
            print(one_line(f"{label}: " + ", ".join(names)))
    if detail.quotes:
        print()
        print("quotes:")
    for q in detail.quotes:
        said = detail.text[q.start : q.end]
        print(one_line(f"  {q.entity or q.speaker or 'unattributed'}: “{said}”"))


def _stats(library: Library, args: argparse.Namespace) -> int:
    data = library.stats()
    if args.json:
        _print_json(data)
        return 0
    entities = f"{data['entities']:,} {'entity' if data['entities'] == 1 else 'entities'}"
    shown = stories(data["stories"], data["articles"])
    print(f"{shown}, {entities}, {counted(data['quotes'], 'quote')}")
    if data["pending"]:
        print(f"understanding: {counted(data['pending'], 'article')} left")
    support = data["support"]
    for lang, n in data["languages"].items():
        status = support.get(lang.split("-")[0], {}).get("status", "unmeasured")
        print(one_line(f"  {lang:<6} {n:>8}  names and quotes: {status}"))
    return 0


def _reindex(library: Library, args: argparse.Namespace) -> int:
    runs = library.reindex()
    last, stopped = _follow(library, runs, library.count_articles(), "articles", "work out again")
    if stopped is not None:
        return stopped
    print(f"reindexed {counted(last.done, 'article')}", file=sys.stderr)
    _say_if_failed(last)
    return 0


def _entities(library: Library, args: argparse.Namespace) -> int:
    _say_if_partial(library)
    found = library.find_entities(args.query, limit=args.limit, scan=True)
    if found.several:
        print(one_line(library.several_line(args.query, found.several)), file=sys.stderr)
    hits = found.hits
    _say_shown(
        len(hits),
        args.limit,
        lambda bound: len(library.find_entities(args.query, limit=bound + 1, scan=True).hits),
    )
    aliases = library.entity_aliases([hit.id for hit in hits])
    rows = [
        {
            "id": hit.id,
            "name": hit.name,
            "type": hit.type,
            "aliases": aliases.get(hit.id, []),
            "articles": hit.article_count,
            "score": round(hit.score, 1),
        }
        for hit in hits
    ]
    if args.json:
        _print_json(rows)
        return 0
    if not rows and args.query:
        print(f"no entity matches {one_line(args.query[:80])!r}", file=sys.stderr)
    for r in rows:
        others = [a for a in r["aliases"] if a != r["name"]]
        also = f"  (also {', '.join(others)})" if others else ""
        print(one_line(f"{r['id']:>6}  {r['type']:<4} {r['name']}  [{r['articles']}]{also}"))
    return 0


def _merge(library: Library, args: argparse.Namespace) -> int:
    keep = library.resolve_entity(args.keep)
    library.merge_entities(keep, library.resolve_entity(args.other))
    detail = library.entity(keep)
    print(one_line(f"{detail.name}: {', '.join(detail.aliases)}"))
    return 0


def _split(library: Library, args: argparse.Namespace) -> int:
    entity_id = library.resolve_entity(args.entity)
    new_id = library.split_entity(entity_id, args.variant)
    for shown in (entity_id, new_id):
        detail = library.entity(shown)
        print(one_line(f"{shown:>6}  {detail.name}: {', '.join(detail.aliases)}"))
    return 0


def _entity(library: Library, args: argparse.Namespace) -> int:
    """``reader entity ACTION``: the page, and every curation of an entity."""
    if args.action in ("merge", "split"):
        return COMMANDS[args.action](library, args)
    if args.action == "show":
        return _entity_show(library, args)
    if args.action == "log":
        return _entity_log(library, args)
    if args.action == "apply":
        return _entity_apply(library, args)
    if args.action == "undo":
        said = library.undo_curation()
    else:
        entity_id = library.resolve_entity(args.entity)
        change = {
            "hide": lambda: library.hide_entity(entity_id),
            "unhide": lambda: library.unhide_entity(entity_id),
            "retype": lambda: library.retype_entity(entity_id, args.type),
            "rename": lambda: library.rename_entity(entity_id, args.name),
            "alias": lambda: library.alias_entity(entity_id, args.name),
        }[args.action]
        said = change()
    print(one_line(said))
    return 0


def _entity_show(library: Library, args: argparse.Namespace) -> int:
    _say_if_partial(library)
    page = library.entity_page(library.resolve_entity(args.entity), limit=max(args.limit, 0))
    if args.json:
        _print_json(page.as_dict())
        return 0
    hidden = "  [hidden]" if page.hidden else ""
    print(one_line(f"{page.name}  ({page.type}, {counted(page.articles, 'article')}){hidden}"))
    print(f"id {page.id}")
    if page.variants:
        print(
            one_line("variants: " + ", ".join(f"{v['name']} ({v['count']})" for v in page.variants))
        )
    if page.timeline:
        print("timeline: " + ", ".join(f"{m} {n}" for m, n in page.timeline.items()))
    for title, rows in (("quotes", page.quotes), ("said about it", page.said_about)):
        if rows:
            print(f"\n{title} ({len(rows)}):")
        for q in rows:
            who = "" if title == "quotes" else f"{q['speaker'] or 'unattributed'}: "
            print(one_line(f"  {who}“{q['text']}”"))
            if q.get("articles", 1) > 1:
                print(f"      in {counted(q['articles'], 'article')}")
            print(
                one_line(
                    f"      — {q['title']} (article {q['article_id']}, {shown_date(q['date']) or 'undated'})"
                )
            )
    if page.co_mentioned:
        print(f"\nappears with ({len(page.co_mentioned)}):")
    for other in page.co_mentioned:
        print(
            one_line(
                f"  {other['id']:>6}  {other['type']:<4} {other['name']}  [{other['shared']} shared]"
            )
        )
    return 0


def _entity_log(library: Library, args: argparse.Namespace) -> int:
    from db.curation import describe

    entries = library.curation_log()
    if args.json:
        _print_json([entry.exported() for entry in entries])
        return 0
    for entry in entries:
        undone = "  (undone)" if entry.undone else ""
        said = describe(entry.action, entry.args)
        print(one_line(f"#{entry.id:<4} {entry.at}  {entry.who}  {said}{undone}"))
    return 0


def _entity_apply(library: Library, args: argparse.Namespace) -> int:
    try:
        exported = json.loads(args.file.read_text(encoding="utf-8"))
    except OSError as error:
        raise UsageError(
            f"{args.file}: cannot read it ({(error.strerror or str(error)).lower()})"
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(
            f"{args.file}: not a curation log from `reader entity log --json` ({error})"
        ) from None
    if not isinstance(exported, list):
        raise UsageError(f"{args.file}: not a curation log from `reader entity log --json`")
    said = library.apply_curation(exported)
    for line in said:
        print(one_line(line))
    skipped = sum(line.startswith("skipped") for line in said)
    print(f"applied {len(said) - skipped} of {len(said)} changes", file=sys.stderr)
    return EXIT_REJECTED if skipped else 0


def quote_speakers(
    library: Library, args: argparse.Namespace
) -> tuple[list[int] | None, str | None]:
    """Whom ``quotes --speaker`` means, once its ``--speaker`` and
    ``--text`` are found usable: the entities (None: anyone), or, for a
    name that is no entity's but unlinked speakers hold (``jaksa``), that
    name as the second item, the entities then None."""
    if args.text is not None and not words_of(args.text):
        raise UsageError(f"quotes --text: no words to look for in {args.text!r}")
    if not args.speaker:
        return None, None
    if library.described_speaker(args.speaker):
        return None, args.speaker
    people = _resolved(library, args.speaker)
    if not people:
        raise UsageError(f"no speaker matches {args.speaker!r}")
    return people, None


def _quote_rows(library: Library, args: argparse.Namespace) -> list[QuoteRow]:
    people, described = quote_speakers(library, args)
    if described:
        print(one_line(described_line(described)), file=sys.stderr)
    limit = max(args.limit, 0)
    rows = library.quotes(speakers=people, text=args.text, limit=limit, described=described)
    if not rows:
        say_none_quoted(library, args, people)
    _say_shown(
        len(rows),
        args.limit,
        lambda bound: library.count_quotes(
            speakers=people, text=args.text, bound=bound, described=described
        ),
    )
    return rows


def say_none_quoted(library: Library, args: argparse.Namespace, people: list[int] | None) -> None:
    """Why ``quotes`` found nothing, on stderr: the speaker it took the
    name for is quoted nowhere, or no quotation holds the words. Nothing
    found is an answer, not a mistake: the exit is 0 and ``--json`` prints
    ``[]``, grouped or not, so a script reads one shape."""
    if people and not args.text:
        named = ", ".join(library.entity_names(people[:5]).values())
        print(
            one_line(f"no quotes by {args.speaker!r}: {named} matched, but none is quoted"),
            file=sys.stderr,
        )
    elif args.text:
        print(f"no quotes hold {one_line(args.text[:80])!r}", file=sys.stderr)


def _resolved(library: Library, name: str) -> list[int]:
    """The entities ``name`` means, saying on stderr when it fits several
    or was read as a misspelling of one."""
    found = library.resolve_name(name, scan=True)
    if found.several:
        print(
            one_line(library.several_line(name, found.several) + "; all of them"), file=sys.stderr
        )
    elif found.spelled:
        print(one_line(spelled_line(name, found.spelled)), file=sys.stderr)
    return found.ids


def _quotes(library: Library, args: argparse.Namespace) -> int:
    _say_if_partial(library)
    if args.grouped:
        from reader.cli_quote_groups import grouped_quotes

        return grouped_quotes(library, args)
    rows = _quote_rows(library, args)
    if args.json:
        _print_json([q._asdict() for q in rows])
        return 0
    for q in rows:
        print(one_line(f"{q.entity or q.speaker or '?'}: “{q.text}”"))
        print(one_line(f"    — {q.title} (article {q.article_id})"))
    return 0


def _export(library: Library, args: argparse.Namespace) -> int:
    from reader.export import ExportError, export, format_for, write_export

    if args.what in {"quotes", "entities"}:
        _say_if_partial(library)
    if args.query is not None and not args.query.strip():
        raise UsageError("export --query: the query is empty (leave --query out to export all)")
    if args.query is not None:
        refuse_problems(library, "export --query", args.query)
    if args.grouped and args.what != "quotes":
        raise UsageError(f"export --grouped: only quotes are grouped, not {args.what}")
    # `-o -` is stdout, as for most commands, not a file named `-`.
    output = None if args.output == Path("-") else args.output
    if output is None:
        fmt = format_for(None, args.format)
        sys.stdout.write(export(library, args.what, fmt, args.query, args.grouped))
        return 0
    try:
        write_export(
            library,
            output,
            args.format,
            lambda fmt: export(library, args.what, fmt, args.query, args.grouped),
        )
    except ExportError as error:
        raise UsageError(str(error)) from None
    print(f"exported {args.what} to {output}", file=sys.stderr)
    return 0


def _doctor(library: Library, args: argparse.Namespace) -> int:
    report = library.check()
    if args.json:
        return _doctor_json(library, args, report)
    for note in report.notes:
        print(note)
    for problem in report.problems:
        print(f"problem: {problem}")
    if report.healthy:
        print("healthy")
        return 0
    if not args.repair:
        # A read-only library cannot be repaired here, nor its index fully checked.
        if not library.read_only:
            print("run `reader doctor --repair` to rebuild what can be rebuilt")
        return EXIT_REJECTED
    for step in library.repair():
        print(f"repaired: {step}")
    after = library.check()
    print("healthy" if after.healthy else "still unhealthy: " + "; ".join(after.problems))
    return 0 if after.healthy else EXIT_REJECTED


def _doctor_json(library: Library, args: argparse.Namespace, report) -> int:
    """``doctor --json``: each check with its result and problems, the
    notes, and with ``--repair`` what was done and the checks after it."""

    def checks(report) -> list[dict]:
        return [
            {"check": name, "ok": not problems, "problems": problems}
            for name, problems in report.checks.items()
        ]

    data: dict[str, Any] = {
        "healthy": report.healthy,
        "checks": checks(report),
        "notes": report.notes,
    }
    healthy = report.healthy
    if args.repair and not healthy:
        data["repaired"] = library.repair()
        after = library.check()
        data["after"] = {"healthy": after.healthy, "checks": checks(after)}
        healthy = after.healthy
    _print_json(data)
    return 0 if healthy else EXIT_REJECTED


def _backup(library: Library, args: argparse.Namespace) -> int:
    if args.destination.exists():
        raise UsageError(f"{args.destination}: already exists; choose a new file")
    if not args.destination.parent.is_dir():
        raise UsageError(f"{args.destination.parent}: folder does not exist")
    library.backup(args.destination)
    print(f"backed up to {args.destination}", file=sys.stderr)
    return 0


def _extract(args: argparse.Namespace) -> int:
    from reader.extract import extract

    try:
        text = decode(read_bytes(str(args.file))).text
    except Rejected as reason:
        raise UsageError(f"{args.file}: {reason}") from None
    found = extract(text)
    data = {
        "title": found.title,
        "lang": found.lang,
        "source": found.source,
        "date": found.date,
        "caption": found.caption,
        "byline": found.byline,
        "tags": found.tags,
        "entities": [
            {
                "text": e.text,
                "type": e.type,
                "start": e.start,
                "end": e.end,
                "entity": e.key,
                "role": e.role,
            }
            for e in found.entities
        ],
        "quotes": [
            {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker, "cue": q.cue}
            for q in found.quotes
        ],
    }
    if args.json:
        _print_json(data)
    else:
        print(visible(found.title))
        for q in found.quotes:
            print(f"  {one_line(q.speaker or '?')}: “{one_line(q.text)}”")
    return 0


COMMANDS = {
    "import": _import,
    "search": _search,
    "saved": _saved,
    "list": _list,
    "show": _show,
    "stats": _stats,
    "reindex": _reindex,
    "entities": _entities,
    "entity": _entity,
    "merge": _merge,
    "split": _split,
    "quotes": _quotes,
    "export": _export,
    "doctor": _doctor,
    "backup": _backup,
    **cli_trash.COMMANDS,
    **cli_marks.COMMANDS,
    **cli_edit.COMMANDS,
    "versions": cli_versions.run,
    **cli_follows.COMMANDS,
}
