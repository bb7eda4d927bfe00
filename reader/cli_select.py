"""What the commands that act on articles share: which articles (ids, or
every match of a search), asking before a change, and one line when
they cannot go on."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from reader.library import Library
from reader.safe_text import json_safe, one_line


class Refused(Exception):
    """A command that cannot go on as asked; the message says why (the CLI
    prints it as one line and exits 2)."""


def print_json(data: Any) -> None:
    print(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))


def confirm(question: str, yes: bool, refusal: str) -> bool:
    """Whether to go on: ``--yes`` says so; on a terminal the user is
    asked; off one, ``Refused`` with ``refusal``."""
    if yes:
        return True
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise Refused(f"{refusal}; add --yes to do it without a terminal to ask on")
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    try:
        answer = input()
    except EOFError:
        answer = ""
    return answer.strip().lower() in {"y", "yes"}


def add_id_or_query(parser: argparse.ArgumentParser) -> None:
    """The articles a command acts on: ids, or every match of a search."""
    parser.add_argument("ids", nargs="*", type=int, metavar="ID")
    parser.add_argument("--query", metavar="QUERY", help="every article this search finds")


def refusal_line(library: Library, command: str, query: str) -> str | None:
    """The one line refusing a query with a filter that can match nothing
    (``date:2025-13-01``), None when it has none: the command, the query
    (cut at 80 characters) and what is wrong, instead of "no articles
    match", which reads as the collection's answer. A problem names its
    filter (``date:2025-13-01: no such date``); when that filter is the
    whole query, the query already named it."""
    problems = library.query_problems(query)
    if not problems:
        return None
    whole = query.strip() + ": "
    said = [p.removeprefix(whole) for p in problems]
    shown = query if len(query) <= 80 else query[:80] + "…"
    return one_line(f"{command} {shown!r}: {'; '.join(said)}")


def chosen_ids(library: Library, args: argparse.Namespace, command: str) -> list[int]:
    """The ids a command acts on: every match of ``--query`` (all of
    them, not a first page), or the ids given, each of which must exist."""
    if bool(args.ids) == (args.query is not None):
        raise Refused(f"{command}: name the articles by ID or by --query QUERY (one of the two)")
    if args.query is not None:
        if not args.query.strip():
            raise Refused(f"{command}: --query is empty")
        if line := refusal_line(library, f"{command} --query", args.query):
            raise Refused(line)
        return library.matching_ids(args.query)
    found = set(library.existing_ids(args.ids))
    missing = [i for i in dict.fromkeys(args.ids) if i not in found]
    if missing:
        listed = ", ".join(map(str, missing[:10])) + (", …" if len(missing) > 10 else "")
        raise Refused(f"{command}: no article with id {listed}")
    return list(dict.fromkeys(args.ids))
