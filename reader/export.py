"""Exporting what the library knows: JSON for programs, CSV for
spreadsheets, Markdown for people ("who said what, where").

Article text is hostile data, and an export carries it into programs that
act on text: a spreadsheet runs a cell that starts with ``=`` as a formula
(CSV injection, as OWASP describes it), and a Markdown viewer turns
``[text](url)`` into a link and ``<img ...>`` into HTML. So CSV cells that
could start a formula are neutralised (``_csv_cell``) and Markdown is
escaped to render as the text it is (``_md``); JSON, read by programs that
do not act on it, stays exact.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

from db import annotations, quotes
from db.query import parse as parse_query
from reader import privacy
from reader.library import ArticleFilter, ArticleRow, Library
from reader.safe_text import json_safe, visible
from reader.wording import and_others, counted

_PAGE = 1000
FORMATS = ("json", "csv", "md")
_EXTENSIONS = {".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md"}


class ExportError(ValueError):
    """An export that cannot be written where asked; the message says why, in one line."""


def format_for(output: Path | None, asked: str | None) -> str:
    """The format an export is written in: the one the file's extension
    names, else the one asked for, else JSON; one asked for that the
    extension contradicts is refused. A file whose extension names
    no format reader writes (``said.xlsx``) is refused unless a format is
    asked for: it would hold JSON under a name that promises another kind
    of file, and the program it opens in would say the file is broken."""
    suffix = output.suffix.lower() if output is not None else ""
    if named := _EXTENSIONS.get(suffix):
        if asked is not None and asked != named:
            # Which one wins would be a guess: ``--format md -o said.json``
            # wrote JSON without a word.
            raise ExportError(
                f"{output}: {suffix} names {named}, not the {asked} asked for;"
                f" name the file .{asked} or leave --format out"
            )
        return named
    if suffix and asked is None:
        raise ExportError(
            f"{output}: {suffix} is not a format reader writes; name the file .csv, .json or .md"
        )
    return asked or "json"


def write_export(
    library: Library, output: Path, asked: str | None, text: Callable[[str], str]
) -> None:
    """Write the export ``text(format)`` makes to ``output``, a file
    readable by its owner alone (``privacy.write_private``), in the format
    ``format_for`` works out from ``output`` and ``asked``. What cannot be
    written raises ``ExportError`` before the export is made (at a million
    articles, reading every row to refuse a typo costs seconds), and the
    place is checked before the format: ``-o reader.db`` is refused as the
    library itself, not for its extension."""
    if output.is_dir():
        raise ExportError(f"{output}: is a folder; name a file to write the export to")
    if not output.parent.is_dir():
        raise ExportError(f"{output.parent}: folder does not exist")
    if output.exists() and output.samefile(library.path):
        raise ExportError(f"{output}: is the library itself; choose another file")
    fmt = format_for(output, asked)
    made = text(fmt)
    try:
        privacy.write_private(output, made)
    except OSError as error:
        raise ExportError(
            f"{output}: cannot write it ({(error.strerror or str(error)).lower()})"
        ) from None


# The columns of each export, for a CSV header when there are no rows.
_FIELDS = {
    "articles": [
        "id",
        "title",
        "path",
        "lang",
        "source",
        "date",
        "quotes",
        "read",
        "starred",
        "url",
        "author",
        "tags",
    ],
    "quotes": list(quotes.QUOTE_FIELDS),
    "entities": ["id", "name", "type", "aliases", "articles"],
    "highlights": list(annotations.HIGHLIGHT_FIELDS),
}


def row_dict(row: ArticleRow) -> dict:
    """An article's list entry as plain data (JSON, CSV)."""
    return {
        "id": row.id,
        "title": row.title,
        "path": row.path,
        "lang": row.lang,
        "source": row.source,
        "date": row.date,
        "quotes": row.quote_count,
        "read": row.read,
        "starred": row.starred,
        "url": row.url,
        "author": row.author,
        # Last: a CSV's list cell, read as the row's last.
        "tags": list(row.tags),
    }


def _rows(library: Library, what: str, query: str | None) -> list[dict]:
    """Every row of ``what``, or those of the articles ``query`` finds."""
    ids = library.matching_ids(query) if query is not None else None
    if what == "articles":
        where = ArticleFilter(ids=tuple(ids)) if ids is not None else None
        return [row_dict(r) for r in library.articles(where)]
    if what == "quotes":
        return [q._asdict() for q in _quotes(library, query, ids)]
    if what == "entities":
        named = library.entities_in(ids) if ids is not None else None
        return [
            {
                "id": h.id,
                "name": h.name,
                "type": h.type,
                "aliases": "; ".join(aliases),
                "articles": h.article_count,
            }
            for h, aliases in library.all_entities()
            if named is None or h.id in named
        ]
    shown = set(ids) if ids is not None else None
    return [
        h._asdict()
        for h in all_pages(library.all_highlights)
        if shown is None or h.article_id in shown
    ]


def all_pages(read: Callable[..., list]) -> list:
    """Every row a paged reader gives (``read(limit=, offset=)``)."""
    rows, offset = [], 0
    while page := read(limit=_PAGE, offset=offset):
        rows += page
        offset += _PAGE
    return rows


def _quotes(library: Library, query: str | None, ids: list[int] | None) -> list:
    """The quotes of the articles ``query`` finds (all without one); its
    ``speaker:`` and ``quote:`` filters also choose the quotations
    themselves: those said by any of the speakers named, holding the words
    of any ``quote:``. Each quotation comes once, in the order found."""
    if query is None:
        return all_pages(library.quotes)
    parsed = parse_query(query)
    speakers = None
    if names := parsed.values("speaker"):
        speakers = list(dict.fromkeys(i for name in names for i in library.entity_ids_named(name)))
    texts = parsed.values("quote") or [None]
    found: dict[int, object] = {}
    for text in texts:
        for quote in all_pages(
            lambda limit, offset, text=text: library.quotes(
                speakers=speakers, text=text, articles=ids, limit=limit, offset=offset
            )
        ):
            found.setdefault(quote.id, quote)
    return list(found.values())


# An export of groups reads them all in one pass (``db.quote_groups``
# folds the listing as it goes), not page by page.
ALL = 10**9
GROUPS = "quote-groups"
GROUP_FIELDS = [
    "id",
    "quote_id",
    "text",
    "speaker",
    "entity_id",
    "entity",
    "articles",
    "sources",
    "first_seen",
    "variants",
    "wordings",
    "disagreement",
    "speakers",
    "article_id",
    "title",
]


def quote_group_rows(library: Library, query: str | None) -> list[dict]:
    """The quotations ``_quotes`` exports, one statement once
    (``reader export quotes --grouped``): ``QuoteGroup.as_json`` rows."""
    if query is None:
        return [g.as_json() for g in library.quote_groups(limit=ALL)]
    ids = library.matching_ids(query)
    parsed = parse_query(query)
    speakers = None
    if names := parsed.values("speaker"):
        speakers = list(dict.fromkeys(i for name in names for i in library.entity_ids_named(name)))
    found: dict[tuple, dict] = {}
    for text in parsed.values("quote") or [None]:
        for group in library.quote_groups(speakers=speakers, text=text, articles=ids, limit=ALL):
            mark = ("group", group.id) if group.id is not None else ("quote", group.quote.id)
            found.setdefault(mark, group.as_json())
    return list(found.values())


def _flat_group(row: dict) -> dict:
    """A group as one CSV row: its first sighting in three cells, its
    speakers as "name (quotes)" cells joined by "; "."""
    first = row["first_seen"]
    flat = {k: v for k, v in row.items() if k not in {"first_seen", "speakers"}}
    flat["first_seen_date"] = first["date"]
    flat["first_seen_source"] = first["source"]
    flat["first_seen_article_id"] = first["article_id"]
    flat["speakers"] = [f"{s['entity'] or s['speaker']} ({s['quotes']})" for s in row["speakers"]]
    if others := flat.pop("other_speakers", 0):
        flat["speakers"].append(and_others(others).strip())
    return flat


def _render_groups(rows: list[dict], fmt: str) -> str:
    """Quote groups as CSV (safe) or Markdown (escaped)."""
    if fmt == "csv":
        flat = [_flat_group(row) for row in rows]
        header = [f for f in GROUP_FIELDS if f != "first_seen"]
        header[header.index("speakers") : header.index("speakers")] = [
            "first_seen_date",
            "first_seen_source",
            "first_seen_article_id",
        ]
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=header)
        writer.writeheader()
        writer.writerows({k: _csv_cell(v) for k, v in row.items()} for row in flat)
        return out.getvalue()
    lines = ["# Who said what, where (one statement once)", ""]
    for g in rows:
        said_by = g.get("entity") or g["speaker"] or "unattributed"
        lines.append(f"- **{_md(said_by)}**: “{_md(g['text'])}”")
        first = g["first_seen"]
        seen = ", ".join(_md(first[k]) for k in ("date", "source") if first.get(k))
        lines.append(
            f"  — {counted(g['articles'], 'article')}; sources: {_md(g['sources'])};"
            f" first seen {seen} (article {first['article_id']})"
        )
        lines += [f"  - variant: “{_md(v)}”" for v in g["variants"]]
        if g["disagreement"]:
            said = "; ".join(
                f"{s['entity'] or s['speaker']} ({s['quotes']})" for s in g["speakers"]
            ) + and_others(g.get("other_speakers", 0))
            lines.append(f"  - speakers disagree: {_md(said)}")
    return "\n".join(lines) + "\n"


def render(what: str, rows: list[dict], fmt: str) -> str:
    """Rows of ``what`` as ``fmt`` text (what the TUI writes of a view);
    ``quote-groups`` are ``QuoteGroup.as_json`` rows."""
    if fmt == "json":
        return json_safe(json.dumps(rows, ensure_ascii=False, indent=2)) + "\n"
    if what == GROUPS:
        return _render_groups(rows, fmt)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else _FIELDS[what])
        writer.writeheader()  # also for none: a spreadsheet still knows the columns
        writer.writerows({k: _csv_cell(v) for k, v in row.items()} for row in rows)
        return out.getvalue()
    return _markdown(what, rows)


def export(
    library: Library, what: str, fmt: str, query: str | None = None, grouped: bool = False
) -> str:
    """``what`` (articles, quotes, entities, highlights) as ``fmt`` text:
    all of them, or those of the articles ``query`` finds; quotes
    ``grouped``, one statement once."""
    if grouped and what == "quotes":
        return render(GROUPS, quote_group_rows(library, query), fmt)
    return render(what, _rows(library, what, query), fmt)


def _cell(value: object) -> object:
    """A value as one cell: lists (an article's tags) as "a; b", text with
    its control characters made visible (an export printed to a terminal
    must not drive it: JSON escapes them itself)."""
    if isinstance(value, list):
        value = "; ".join(value)
    return visible(value) if isinstance(value, str) else value


# What makes a spreadsheet read a cell as a formula (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: object) -> object:
    """``_cell``, with a ``'`` in front of text that a spreadsheet would run
    as a formula (``=HYPERLINK(...)`` in a quotation): spreadsheets take
    that as "this is text". It changes such values (``-5%`` becomes
    ``'-5%``); the README says so."""
    if isinstance(value, list):
        value = "; ".join(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        value = "'" + value
    return _cell(value)


# What CommonMark (and GitHub's Markdown) acts on inside a line: emphasis,
# code, links and images, raw HTML, entity references (`&amp;`), tables,
# strikethrough, math. A backslash before one shows it as itself. An `_`
# between two letters or digits never starts or ends emphasis, and `&`
# only acts before a name and `;`, so those stay as they are: a path or a
# name such as `AT&T` is cited as written. Block syntax (headings, quotes,
# lists) only acts at the start of a line, where no value is ever put: each
# is made one line, after text of our own.
_MD_SPECIAL = re.compile(r"[\\`*\[\]<|~$]|&(?=#?\w+;)|(?<![^\W_])_|_(?![^\W_])")


def _md(value: object) -> str:
    """A value as Markdown that renders as the text it is, on one line."""
    if isinstance(value, bool):
        value = "yes" if value else "no"
    text = _cell(value)
    line = " ".join(str(text if text is not None else "").split())
    return _MD_SPECIAL.sub(lambda special: "\\" + special.group(), line)


def _markdown(what: str, rows: list[dict]) -> str:
    if what == "quotes":
        lines = ["# Who said what, where", ""]
        for q in rows:
            # Under the entity's name: curation renames and merges it.
            said_by = q.get("entity") or q["speaker"] or "unattributed"
            lines.append(f"- **{_md(said_by)}**: “{_md(q['text'])}”")
            where = ", ".join(_md(q[k]) for k in ("source", "date") if q.get(k))
            cite = ", ".join(
                [f"article {q['article_id']}", *(_md(q[k]) for k in ("url", "path") if q.get(k))]
            )
            lines.append(f"  — *{_md(q['title'])}*{f' ({where})' if where else ''} ({cite})")
        return "\n".join(lines) + "\n"
    if not rows:
        return f"# {what.title()}\n\n(none)\n"
    columns = list(rows[0])
    lines = [f"# {what.title()}", "", "| " + " | ".join(columns) + " |"]
    lines.append("|" + "---|" * len(columns))
    lines += ["| " + " | ".join(_md(row[c]) for c in columns) + " |" for row in rows]
    return "\n".join(lines) + "\n"
