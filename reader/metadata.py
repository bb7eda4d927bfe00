"""What a file says about an article besides its text: a dataset's columns,
a metadata file beside an article (``NAME.json`` by ``NAME.txt``), a web
page's own title and date.

Such statements are *given* fields. They win over what extraction works out
of the text, at import and at every ``reindex`` (the store keeps them), and
when nothing names the source, the site of the given URL does.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

from reader.files import ARTICLE_SUFFIXES, Rejected

# A field and the names it goes by, the first present winning; compared
# without case. ``id`` names a dataset row for the next import of the file.
NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "judul"),
    "text": ("text", "body", "content", "article", "isi"),
    "date": (
        "date",
        "published",
        "published_at",
        "date_publish",
        "datepublished",
        "pubdate",
        "date_iso",
    ),
    "url": ("url", "link"),
    "source": ("source", "site", "publisher"),
    "author": ("author", "byline"),
    "lang": ("lang", "language"),
    "id": ("id",),
}
# The fields a metadata file may give (its text is the article's own).
SIDECAR_FIELDS = ("title", "date", "url", "source", "author", "lang")
MAX_SIDECAR_BYTES = 1024 * 1024


def match_columns(columns: list[str], chosen: dict[str, str] | None = None) -> dict[str, str]:
    """field -> the column that holds it: ``chosen`` (``--map``) first, then
    the first of each field's names that is a column, ignoring case."""
    by_name: dict[str, str] = {}
    for column in columns:
        by_name.setdefault(column.strip().casefold(), column)
    mapping: dict[str, str] = {}
    for field, names in NAMES.items():
        if chosen and field in chosen:
            continue
        for name in names:
            if name in by_name:
                mapping[field] = by_name[name]
                break
    for field, column in (chosen or {}).items():
        found = by_name.get(column.strip().casefold())
        if found is None:
            raise Rejected(f"--map {field}={column}: no such column (it has {_listed(columns)})")
        mapping[field] = found
    return mapping


def _listed(columns: list[str]) -> str:
    shown = ", ".join(columns[:12])
    return shown + (", …" if len(columns) > 12 else "")


def parse_map(text: str) -> dict[str, str]:
    """``text=body,title=headline`` as {field: column}; ``ValueError`` saying
    what is wrong."""
    chosen = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        field, sep, column = part.partition("=")
        field = field.strip().lower()
        if not sep or not column.strip():
            raise ValueError(f"{part!r}: write FIELD=COLUMN")
        if field not in NAMES:
            raise ValueError(f"{field!r} is no field (fields: {', '.join(NAMES)})")
        chosen[field] = column.strip()
    return chosen


def as_text(value: object) -> str | None:
    """A cell or a JSON value as one stripped string (a list of authors
    joined by commas); None when empty or not text-like."""
    if value is None or isinstance(value, dict | bool):
        return None
    if isinstance(value, list):
        parts = [p for p in (as_text(v) for v in value) if p]
        return ", ".join(parts) or None
    text = str(value).strip()
    return text or None


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]\d)")
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")


def iso_date(value: str | None) -> str | None:
    """A stated date as ``YYYY-MM-DD``, when it says one day unambiguously.

    ISO 8601 (with a time or not), ``2025/06/23``, ``20250623``, RFC 2822
    (``Mon, 23 Jun 2025 10:00:00 GMT``), a month written out (``23 June
    2025``, ``June 23, 2025``), and ``NN/NN/YYYY`` when one number is over
    12; ``03/04/2025`` is April or March and is not guessed. With dots,
    ``23.06.2025`` is day first, as everywhere that writes it so.
    """
    if not value:
        return None
    text = value.strip()
    for pattern in (_ISO, _YMD, _COMPACT):
        if found := pattern.match(text):
            return _valid(*map(int, found.groups()))
    if found := _NUMERIC.match(text):
        first, sep, second, year = found.groups()
        a, b, y = int(first), int(second), int(year)
        if sep == ".":
            return _valid(y, b, a)
        if a > 12 >= b:
            return _valid(y, b, a)
        if b > 12 >= a or a == b:
            return _valid(y, a, b)
        return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    from reader.extract.dates import find_date

    found_date = find_date(text)
    if found_date and len(found_date[0]) == 10 and found_date[2] - found_date[1] >= len(text) - 12:
        return found_date[0]
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def given_fields(values: dict[str, object]) -> dict[str, str]:
    """The given fields of a row or a metadata file, by field: empty and
    unusable ones left out (a date that is not one day), a date as ISO."""
    given = {}
    for field in SIDECAR_FIELDS:
        text = as_text(values.get(field))
        if field == "date":
            text = iso_date(text)
        elif field == "lang" and text:
            text = text.lower()
        if text:
            given[field] = text
    return given


def sidecar_of(path: str) -> str | None:
    """``NAME.json`` beside an article file, when there is one."""
    # os.path rather than pathlib: asked of every file an import reads,
    # two Paths and their parsing were 4% of the first phase's work.
    stem, suffix = os.path.splitext(path)
    if suffix.lower() in ARTICLE_SUFFIXES and os.path.isfile(stem + ".json"):
        return stem + ".json"
    return None


def read_sidecar(path: str) -> dict[str, str]:
    """The given fields of a metadata file; ``Rejected`` naming it when it
    is not one (the article is not imported without what it says)."""
    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_SIDECAR_BYTES + 1)
    except OSError as error:
        raise Rejected(f"{name}: cannot read: {(error.strerror or str(error)).lower()}") from None
    if len(data) > MAX_SIDECAR_BYTES:
        raise Rejected(f"{name}: over 1 MB, not a metadata file")
    try:
        values = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise Rejected(f"{name}: not valid JSON ({error})") from None
    if not isinstance(values, dict):
        raise Rejected(f"{name}: a metadata file holds one JSON object")
    columns = match_columns(list(values))
    return given_fields({f: values[c] for f, c in columns.items()})


def apply_given(found: dict[str, object], given: dict[str, str]) -> dict[str, object]:
    """What an article's fields are: ``found`` by extraction (title, date,
    source, lang), with what was ``given`` over it; the source, when
    nothing names it, the site of the given URL."""
    from reader.pages import site_of

    merged = dict(found)
    for field in ("title", "date", "source", "lang"):
        if given.get(field):
            merged[field] = given[field]
    if not merged.get("source"):
        merged["source"] = site_of(given.get("url"))
    return merged
