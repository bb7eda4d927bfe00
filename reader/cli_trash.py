"""``reader delete``, ``reader trash`` and ``reader samples``: keeping a
library clean, with a way back.

A delete moves articles to the trash (``db.trash``), out of every list,
search and index; ``trash restore`` brings them back whole, ``trash
empty`` takes their text out of the file for good. Deleting more than one
never happens by surprise: the count is stated and asked about on a
terminal, and a script must say ``--yes``.
"""

from __future__ import annotations

import argparse
import sys

from reader.cli_select import Refused, add_id_or_query, chosen_ids, confirm, print_json
from reader.library import Library
from reader.safe_text import one_line
from reader.wording import counted


def add_parsers(commands) -> None:
    p = commands.add_parser(
        "delete",
        help="move articles to the trash (by ID, or every match of --query)",
        description="Move articles to the trash: out of every list, search and index."
        " `reader trash restore ID` brings one back whole.",
    )
    add_id_or_query(p)
    p.add_argument("--yes", action="store_true", help="do not ask (needed without a terminal)")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("trash", help="deleted articles: list, restore, empty")
    p.add_argument("action", nargs="?", choices=["list", "restore", "empty"], default="list")
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.add_argument("--yes", action="store_true", help="empty without asking")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("samples", help="the bundled sample articles: remove them for good")
    p.add_argument("action", choices=["remove"])
    p.add_argument("--json", action="store_true")


def writes(args: argparse.Namespace) -> bool:
    """Whether the command changes the library (refused when read-only)."""
    return args.command in {"delete", "samples"} or (
        args.command == "trash" and args.action != "list"
    )


def _delete(library: Library, args: argparse.Namespace) -> int:
    ids = chosen_ids(library, args, "delete")
    what = counted(len(ids), "article")
    if not ids:
        print(f"delete: no articles match {one_line(args.query)!r}", file=sys.stderr)
        return 0
    matched = f"{what} matching {one_line(args.query)!r}" if args.query else what
    if not confirm(f"Delete {matched} (to the trash)?", args.yes, f"delete: {matched}"):
        print("nothing deleted", file=sys.stderr)
        return 0
    deleted = library.delete_articles(ids)
    if args.json:
        print_json({"deleted": deleted, "ids": ids})
    else:
        print(f"deleted {counted(deleted, 'article')} (to the trash; `reader trash` lists them)")
    return 0


def _trash(library: Library, args: argparse.Namespace) -> int:
    if args.action != "restore" and args.ids:
        raise Refused(f"trash {args.action} takes no ID")
    if args.action == "restore":
        return _restore(library, args)
    if args.action == "empty":
        return _empty(library, args)
    held = library.trash()
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "title": t.title,
                    "path": t.path,
                    "source": t.source,
                    "date": t.date,
                    "deleted_at": t.deleted_at,
                }
                for t in held
            ]
        )
        return 0
    for t in held:
        print(f"{t.id:>6}  {t.deleted_at}  {one_line(t.title)}  {one_line(t.path or '')}")
    if not held:
        print("the trash is empty", file=sys.stderr)
    return 0


def _restore(library: Library, args: argparse.Namespace) -> int:
    if not args.ids:
        raise Refused("trash restore: name the articles by ID (`reader trash` lists them)")
    held = {t.id for t in library.trash()}
    missing = [i for i in args.ids if i not in held]
    if missing:
        raise Refused(
            f"trash restore: no article with id {', '.join(map(str, missing))} in the trash"
        )
    ids = list(dict.fromkeys(args.ids))
    restored = library.restore_from_trash(ids)
    if left := library.pending():
        # Names worked out against entities gone since are worked out again,
        # before the command ends, as an import's are.
        print(f"working out the names and quotes of {counted(left, 'article')}…", file=sys.stderr)
        for _ in library.understand():
            pass
    if args.json:
        print_json({"restored": restored, "ids": ids})
    else:
        print(f"restored {counted(restored, 'article')}")
    return 0


def _empty(library: Library, args: argparse.Namespace) -> int:
    held = len(library.trash())
    if held and not confirm(
        f"Delete the {counted(held, 'article')} in the trash for good?",
        args.yes,
        f"trash empty: {counted(held, 'article')} would be deleted for good",
    ):
        print("nothing deleted", file=sys.stderr)
        return 0
    emptied, log_emptied = library.empty_trash()
    if args.json:
        print_json({"emptied": emptied, "log_emptied": log_emptied})
    elif emptied:
        print(f"deleted {counted(emptied, 'article')} for good; the text is gone from the file")
    else:
        print("the trash was empty; the file was compacted")
    if not log_emptied:
        print(
            "reader: another reader has the library open: the write-ahead log still holds"
            " old pages until it closes",
            file=sys.stderr,
        )
    return 0


def _samples(library: Library, args: argparse.Namespace) -> int:
    removed = library.remove_samples()
    if args.json:
        print_json({"removed": removed})
    else:
        print(
            f"removed {counted(removed, 'sample article')}; they will not be imported"
            " into this library again (`reader import --restore PATH` takes one anyway)"
        )
    return 0


COMMANDS = {"delete": _delete, "trash": _trash, "samples": _samples}
