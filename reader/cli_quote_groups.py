"""``reader quotes --grouped``: one statement once, across the articles
that carry it (issue 20), with its fullest text, how many articles and
sources, where it was first seen, its other wordings and who said it by a
vote of its quotations."""

from __future__ import annotations

import argparse
import sys

from db.records import QuoteGroup
from reader.cli import UsageError, _print_json, quote_speakers, say_none_quoted
from reader.library import Library
from reader.safe_text import one_line
from reader.wording import and_others, counted


def grouped_quotes(library: Library, args: argparse.Namespace) -> int:
    people, described = quote_speakers(library, args)
    if described:
        # Groups vote their speaker among entities; unlinked text is none
        # (and its closest spelling would be another name's quotes).
        raise UsageError(
            f"quotes --grouped: {described!r} is no person but unlinked speakers' text;"
            f" reader quotes --speaker {described!r} lists their quotes"
        )
    limit = max(args.limit, 0)
    groups = library.quote_groups(speakers=people, text=args.text, limit=limit)
    if not groups:
        say_none_quoted(library, args, people)
    if (
        len(groups) == limit
        and limit
        and library.quote_groups(speakers=people, text=args.text, limit=1, offset=limit)
    ):
        print(f"showing the first {limit:,} (use --limit)", file=sys.stderr)
    if args.json:
        _print_json([g.as_json() for g in groups])
        return 0
    for group in groups:
        for line in group_lines(group):
            print(one_line(line))
    return 0


def group_lines(group: QuoteGroup) -> list[str]:
    """A group as the terminal shows it: who and what, then where."""
    first = group.first_seen
    seen = ", ".join(str(first[k]) for k in ("date", "source") if first.get(k))
    lines = [
        f"{group.entity or group.speaker or '?'}: “{group.text}”",
        f"    — {counted(group.articles, 'article')}, {counted(len(group.sources), 'source')};"
        f" first seen {seen or 'undated'} (article {first['article_id']})",
    ]
    lines += [f"    variant: “{variant}”" for variant in group.variants]
    if group.disagreement:
        said = ", ".join(f"{s['entity'] or s['speaker']} {s['quotes']}" for s in group.speakers)
        said += and_others(group.other_speakers)
        lines.append(f"    speakers disagree: {said}")
    return lines
