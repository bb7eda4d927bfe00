"""``reader tag``, ``untag``, ``star``, ``unstar`` and ``mark read|unread``:
the user's marks on articles named by id or on every match of a search,
each saying how many articles changed."""

from __future__ import annotations

import argparse

from reader.cli_select import Refused, add_id_or_query, chosen_ids, print_json
from reader.library import Library
from reader.safe_text import one_line
from reader.wording import counted


def add_parsers(commands) -> None:
    for name, help_text in (
        ("tag", "put a tag on articles (by ID, or every match of --query)"),
        ("untag", "take a tag off articles (by ID, or every match of --query)"),
    ):
        p = commands.add_parser(name, help=help_text)
        p.add_argument("tag", metavar="TAG")
        add_id_or_query(p)
        p.add_argument("--json", action="store_true")
    for name, help_text in (
        ("star", "star articles (by ID, or every match of --query)"),
        ("unstar", "unstar articles (by ID, or every match of --query)"),
    ):
        p = commands.add_parser(name, help=help_text)
        add_id_or_query(p)
        p.add_argument("--json", action="store_true")
    p = commands.add_parser("mark", help="mark articles read or unread (by ID, or --query)")
    p.add_argument("state", choices=["read", "unread"])
    add_id_or_query(p)
    p.add_argument("--json", action="store_true")


def writes(args: argparse.Namespace) -> bool:
    return args.command in COMMANDS


def _report(args: argparse.Namespace, changed: int, matched: int, done: str) -> int:
    if args.json:
        print_json({"changed": changed, "matched": matched})
    else:
        unchanged = matched - changed
        already = f" ({counted(unchanged, 'other')} already)" if unchanged else ""
        print(f"{done} {counted(changed, 'article')}{already}")
    return 0


def _tagging(library: Library, args: argparse.Namespace) -> int:
    name = " ".join(args.tag.split())
    if not name:
        raise Refused(f"{args.command}: the tag is empty")
    ids = chosen_ids(library, args, args.command)
    if args.command == "tag":
        changed = library.tag_articles(ids, name)
        return _report(args, changed, len(ids), f"tagged {one_line(name)!r}:")
    changed = library.untag_articles(ids, name)
    return _report(args, changed, len(ids), f"untagged {one_line(name)!r}:")


def _starring(library: Library, args: argparse.Namespace) -> int:
    ids = chosen_ids(library, args, args.command)
    changed = library.mark_articles(ids, "starred", args.command == "star")
    return _report(args, changed, len(ids), f"{args.command}red")


def _mark(library: Library, args: argparse.Namespace) -> int:
    ids = chosen_ids(library, args, "mark")
    changed = library.mark_articles(ids, "read", args.state == "read")
    return _report(args, changed, len(ids), f"marked {args.state}:")


COMMANDS = {
    "tag": _tagging,
    "untag": _tagging,
    "star": _starring,
    "unstar": _starring,
    "mark": _mark,
}
