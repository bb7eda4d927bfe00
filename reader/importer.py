"""Turning files into stored articles: decode, extract, store.

``prepare`` is the pure half (bytes in, record or reason out) so that it can
run in worker processes; ``Importer`` is the writing half, one transaction
per file, so that an error or a crash leaves no trace of a half-done file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from enum import Enum

from db.records import ArticleRecord, MentionRecord, QuoteRecord
from db.store import Outcome, Store
from reader.extract import extract
from reader.extract.names import AliasIndex
from reader.files import DEFAULT_MAX_BYTES, Rejected, decode, discover, display_path, read_bytes


class Status(Enum):
    ADDED = "added"
    UPDATED = "updated"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one file."""

    path: str  # printable
    status: Status
    reason: str | None = None
    article_id: int | None = None


def stored_path(path: str) -> str:
    """The absolute path as stored: undecodable bytes kept as escapes."""
    return os.fsencode(os.path.abspath(path)).decode("utf-8", "backslashreplace")


def record_from_text(text: str, encoding: str, path: str | None) -> ArticleRecord:
    """Run extraction over ``text`` and shape the result for the store."""
    found = extract(text)
    return ArticleRecord(
        path=path,
        text=text,
        encoding=encoding,
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        title=found.title,
        lang=found.lang,
        source=found.source,
        date=found.date,
        caption=found.caption,
        byline=found.byline,
        paragraphs=list(found.paragraphs),
        tags=list(found.tags),
        mentions=[
            MentionRecord(m.key, m.type, m.text, m.start, m.end, m.role) for m in found.entities
        ],
        quotes=[QuoteRecord(q.start, q.end, q.speaker, q.speaker_key, q.cue) for q in found.quotes],
    )


def prepare(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleRecord | str:
    """A record ready to store, or the reason ``path`` is rejected."""
    try:
        decoded = decode(read_bytes(path, max_bytes))
    except Rejected as reason:
        return str(reason)
    return record_from_text(decoded.text, decoded.encoding, stored_path(path))


def link_variants(record: ArticleRecord, index: AliasIndex) -> ArticleRecord:
    """Point each new name variant at the known entity it spells differently.

    ``Lee Sooman`` in a new article joins the entity of ``Lee Soo-man``
    stored earlier; the index learns every key it sees.
    """
    linked = []
    for mention in record.mentions:
        joins = index.resolve(mention.key, mention.type)
        if joins is not None and joins != mention.key:
            mention = replace(mention, joins=joins)
        index.add(mention.key, mention.type, joins)
        linked.append(mention)
    record.mentions = linked
    return record


def alias_index(store: Store) -> AliasIndex:
    index = AliasIndex()
    for key, type_ in store.alias_keys():
        index.add(key, type_)
    return index


_STATUS = {
    Outcome.ADDED: Status.ADDED,
    Outcome.UPDATED: Status.UPDATED,
    Outcome.DUPLICATE: Status.DUPLICATE,
}


class Importer:
    """Imports files into one store, reporting each file as it is done."""

    def __init__(self, store: Store, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.store = store
        self.max_bytes = max_bytes

    def plan(self, arguments: list[str]) -> list[tuple[str, str | None]]:
        """Every file the arguments name, found before anything is read."""
        return list(discover(arguments))

    def run(
        self,
        planned: Iterable[tuple[str, str | None]],
        prepare_all: Callable[[list[str]], Iterable[ArticleRecord | str]] | None = None,
    ) -> Iterator[FileResult]:
        """Store each planned file; yields one result per file, in order."""
        planned = list(planned)
        index = alias_index(self.store)
        paths = [path for path, reason in planned if reason is None]
        prepared = iter(
            prepare_all(paths) if prepare_all else (prepare(p, self.max_bytes) for p in paths)
        )
        for path, reason in planned:
            shown = display_path(path)
            if reason is not None:
                yield FileResult(shown, Status.REJECTED, reason)
                continue
            record = next(prepared)
            if isinstance(record, str):
                yield FileResult(shown, Status.REJECTED, record)
                continue
            outcome, article_id = self.store.store_article(link_variants(record, index))
            yield FileResult(shown, _STATUS[outcome], article_id=article_id)
