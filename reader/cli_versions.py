"""``reader versions``: the versions of one story (copies and syndicated
articles grouped by ``db.versions``), and taking one out of its group."""

from __future__ import annotations

import argparse

from db.articles import ArticleRow
from reader.export import row_dict
from reader.library import Library
from reader.safe_text import one_line
from reader.wording import counted

USAGE = "usage: reader versions ID [--json] | reader versions split ID"


def add_parser(commands) -> None:
    p = commands.add_parser(
        "versions",
        help="the versions of a story (copies, syndicated articles); split one off",
        description="List the articles grouped with ID as versions of one story, or take"
        " ID out of its group for good (`reader versions split ID`).",
    )
    p.add_argument("words", nargs="+", metavar="[split] ID")
    p.add_argument("--json", action="store_true")


def writes(args: argparse.Namespace) -> bool:
    """Whether the command changes the library (a split)."""
    return args.words[0] == "split"


def grouped_row(row: ArticleRow) -> dict:
    """An article's list entry with its group of versions (``list``,
    ``search`` and ``versions`` give these)."""
    return {**row_dict(row), "group": row.group, "versions": row.versions}


def run(library: Library, args: argparse.Namespace) -> int:
    words = args.words
    if words[0] == "split":
        article_id = _id(words[1:])
        before = library.split_version(article_id)
        left = [m for m in before if m != article_id]
        if not left:
            print(f"article {article_id} has no other versions; it stays apart from now on")
        elif len(left) == 1:
            print(f"article {article_id} taken out of its group; article {left[0]} is alone now")
        else:
            print(
                f"article {article_id} taken out of its group of {len(before)};"
                f" the others stay together (group {min(left)})"
            )
        return 0
    rows = library.versions(_id(words))
    if args.json:
        from reader.cli import _print_json

        _print_json([grouped_row(r) for r in rows])
        return 0
    print(f"group {rows[0].group}: {counted(len(rows), 'version')}")
    for r in rows:
        mark = "*" if r.id == int(words[0]) else " "  # the one asked about
        print(
            f"{mark}{r.id:>6}  {r.date or '':<10}  {one_line(r.source or ''):<20}"
            f"  {one_line(r.title)}  {one_line(r.path or '')}"
        )
    return 0


def _id(words: list[str]) -> int:
    if len(words) != 1 or not words[0].isdigit():
        from reader.cli import UsageError  # the command line's one-line error

        given = " ".join(words) or "no id"
        raise UsageError(f"versions: {given!r} is not an article id; {USAGE}")
    return int(words[0])
