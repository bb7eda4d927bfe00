"""A user's corrections of an article's fields (``reader edit``, the
story's edit dialog).

An edited field is set on the article and kept in ``articles.edited``
(schema version 13), which wins over everything else that decides it: over
what a file states (``given``: a metadata file, the page, a dataset row),
which wins over what extraction works out. A reindex reads the edits with
the given fields (``db.understanding.claim``), and a changed file imported
again at the same path keeps them (``db.writer``).
"""

from __future__ import annotations

import json
import sqlite3

from db.errors import NotFoundError

EDITABLE = ("title", "date", "source", "url", "author")


def edit(conn: sqlite3.Connection, article_id: int, changes: dict[str, str | None]) -> None:
    """Set the fields of ``changes`` on the article and remember them as
    the user's; None clears a field (title excepted, which every article has)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not an editable field: {', '.join(sorted(unknown))}")
    if "title" in changes and not (changes["title"] or "").strip():
        raise ValueError("an article needs a title")
    found = conn.execute("SELECT edited FROM articles WHERE id = ?", (article_id,)).fetchone()
    if not found:
        raise NotFoundError(f"no article with id {article_id}")
    edited = {**json.loads(found[0]), **changes}
    assignments = ", ".join(f"{name} = ?" for name in changes)
    conn.execute(
        f"UPDATE articles SET {assignments}, edited = ? WHERE id = ?",
        [*changes.values(), json.dumps(edited, ensure_ascii=False, sort_keys=True), article_id],
    )


def over(fields: dict[str, object], edited: str) -> dict[str, object]:
    """``fields`` (what a file and extraction decided) with the user's
    edits (``articles.edited``, as stored) over them."""
    return {**fields, **{k: v for k, v in json.loads(edited).items() if k in fields}}


def edited_fields(conn: sqlite3.Connection, article_id: int) -> dict[str, str | None]:
    found = conn.execute("SELECT edited FROM articles WHERE id = ?", (article_id,)).fetchone()
    if not found:
        raise NotFoundError(f"no article with id {article_id}")
    return json.loads(found[0])
