"""``reader edit``: correct an article's title, date, source, URL or
author; the correction wins over what its file states and what extraction
finds, and a reindex keeps it."""

from __future__ import annotations

import argparse

from reader.cli_select import Refused, print_json
from reader.export import row_dict
from reader.library import Library
from reader.safe_text import one_line


def add_parsers(commands) -> None:
    p = commands.add_parser(
        "edit",
        help="correct an article's title, date, source, url or author",
        description="Correct an article's fields (an empty value clears one, not the title);"
        " the correction wins over the file's metadata and extraction, and reindex keeps it.",
    )
    p.add_argument("id", type=int, metavar="ID")
    for name in Library.EDITABLE:
        p.add_argument(f"--{name}", metavar=name.upper())
    p.add_argument("--json", action="store_true", help="the article's fields after the edit")


def writes(args: argparse.Namespace) -> bool:
    return args.command == "edit"


def _edit(library: Library, args: argparse.Namespace) -> int:
    changes = {n: getattr(args, n) for n in Library.EDITABLE if getattr(args, n) is not None}
    if not changes:
        raise Refused("edit: say what to correct: --title, --date, --source, --url or --author")
    try:
        row = library.edit_article(args.id, changes)
    except ValueError as error:
        raise Refused(f"edit: article {args.id}: {error}") from None
    if args.json:
        print_json(row_dict(row))
        return 0
    for name in Library.EDITABLE:
        marker = " (edited)" if name in changes else ""
        print(f"{name:<7} {one_line(getattr(row, name) or '')}{marker}")
    return 0


COMMANDS = {"edit": _edit}
