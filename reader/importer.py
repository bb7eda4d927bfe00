"""An import's first phase: files into stored, searchable articles.

Files go through in batches: the writer decodes and hashes each one (cheap)
so that a text already stored is reported as a duplicate without being
parsed again; parsing its structure (title, date, source, language) is pure
and can run in worker processes (``parse_loaded``); then files are stored
a group at a time, each group in one transaction, so that an error or a
crash leaves no trace of a half-done file. Each stored article is queued for
the second phase, its names and quotes (``reader.understanding``).
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from itertools import islice

from db.records import ArticleRecord
from db.store import Outcome, Store
from reader.files import (
    DEFAULT_MAX_BYTES,
    Rejected,
    Skipped,
    decode,
    discover,
    display_path,
    read_bytes,
)

BATCH = 256
# Files per write transaction. Each commit flushes a new segment of both
# full-text indexes, which later merges rewrite: at 100k articles a group of
# 128 costs the writer 2.2 ms an article where 32 cost 2.7. A user's edit
# made during an import waits for at most one group (a few hundred ms).
GROUP = 128
# Characters of a stored article's title shown when naming it.
TITLE_SHOWN = 60


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items (the last may be shorter); itertools' is 3.12+."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


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
    # A duplicate of an article that came from another file (or from none):
    # that article, as ``article 12 “Title” from /its/path.txt``.
    copy_of: str | None = None

    @property
    def note(self) -> str | None:
        """Why a file was rejected, or which stored article a duplicate repeats."""
        if self.status is Status.REJECTED:
            return self.reason
        if self.status is Status.DUPLICATE:
            if self.copy_of:
                return f"same text as {self.copy_of}"
            return f"already stored as article {self.article_id}"
        return None


def stored_path(path: str) -> str:
    """The absolute path as stored: undecodable bytes kept as escapes."""
    return os.fsencode(os.path.abspath(path)).decode("utf-8", "backslashreplace")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def record_from_text(
    text: str, encoding: str, path: str | None, text_hash: str | None = None
) -> ArticleRecord:
    """Parse the structure of ``text`` and shape it for the store;
    ``text_hash`` is its ``content_hash`` when the caller has it already."""
    # Loaded here, not at the top: the language profiles cost time to load,
    # which the TUI should not pay before it can paint.
    from reader.extract.structure import parse_structure

    found = parse_structure(text)
    return ArticleRecord(
        path=path,
        text=text,
        encoding=encoding,
        content_hash=text_hash or content_hash(text),
        title=found.title,
        lang=found.lang,
        source=found.source,
        date=found.date,
        caption=found.caption,
        byline=found.byline,
        paragraphs=list(found.paragraphs),
        tags=list(found.tags),
    )


@dataclass(frozen=True, slots=True)
class Loaded:
    """A decoded file waiting to be parsed, with the hash the writer took
    of it to find duplicates (a worker need not take it again)."""

    text: str
    encoding: str
    path: str
    content_hash: str


def parse_loaded(loaded: Loaded) -> ArticleRecord:
    """The pure, parallel part of the first phase."""
    return record_from_text(loaded.text, loaded.encoding, loaded.path, loaded.content_hash)


class Plan:
    """The files an import will read, in order, each with the reason it is
    rejected or None; planned before anything is read, so that progress can
    say "n of total". ``skipped`` tallies what folders held besides articles.

    A list of a million paths would cost the main process 140 MB for the
    whole import; here the paths are UTF-8 bytes in one ``bytearray``, each
    folder written once for the run of files in it, about 16 bytes a file.
    """

    # A record: its kind and the length of the UTF-8 text that follows.
    _HEADER = struct.Struct("<BI")
    _FOLDER, _NAME = 0, 1

    def __init__(
        self, found: Iterable[tuple[str, str | None]], skipped: Skipped | None = None
    ) -> None:
        self.skipped = skipped if skipped is not None else Skipped()
        self._records = bytearray()
        self._reasons: dict[int, str] = {}  # by position: rejections are few
        self._count = 0
        folder = None
        for path, reason in found:
            head, sep, name = path.rpartition(os.sep)
            if head + sep != folder:
                folder = head + sep
                self._append(self._FOLDER, folder)
            self._append(self._NAME, name)
            if reason is not None:
                self._reasons[self._count] = reason
            self._count += 1

    def _append(self, kind: int, text: str) -> None:
        # surrogatepass: any str comes back as it went in, even one that
        # os.fsencode could not encode.
        data = text.encode("utf-8", "surrogatepass")
        self._records += self._HEADER.pack(kind, len(data))
        self._records += data

    def __len__(self) -> int:
        return self._count

    @property
    def wanted(self) -> int:
        """How many files are to be read (not rejected already)."""
        return self._count - len(self._reasons)

    def __iter__(self) -> Iterator[tuple[str, str | None]]:
        records, pos, count, folder = self._records, 0, 0, ""
        while pos < len(records):
            kind, size = self._HEADER.unpack_from(records, pos)
            pos += self._HEADER.size
            text = records[pos : pos + size].decode("utf-8", "surrogatepass")
            pos += size
            if kind == self._FOLDER:
                folder = text
                continue
            yield folder + text, self._reasons.get(count)
            count += 1


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

    def plan(self, arguments: list[str]) -> Plan:
        """Every file the arguments name, found before anything is read."""
        skipped = Skipped()
        return Plan(discover(arguments, skipped), skipped)

    def run(
        self,
        planned: Iterable[tuple[str, str | None]],
        parse_all: Callable[[list[Loaded]], Iterable[ArticleRecord]] | None = None,
        stop: Callable[[], bool] = lambda: False,
    ) -> Iterator[FileResult]:
        """Store each planned file; yields one result per file, in order.

        The next batch is handed to ``parse_all`` before the current one is
        written, so that workers parse while the writer writes. ``stop``
        is asked before each group is stored: once it says yes, the import
        ends there, and every file it stored has been reported.
        """
        parse_all = parse_all or (lambda items: map(parse_loaded, items))
        pending = None
        for batch in batched(planned, BATCH):
            if stop():
                return
            loaded = [self._load(path, reason) for path, reason in batch]
            records = iter(parse_all([item for item in loaded if isinstance(item, Loaded)]))
            if pending:
                yield from self._write(*pending, stop)
            pending = (batch, loaded, records)
        if pending:
            yield from self._write(*pending, stop)

    def _write(self, batch, loaded, records, stop) -> Iterator[FileResult]:
        """Store a batch in groups of ``GROUP`` files, one transaction each.

        Results come after their group is committed, in file order. A group
        is gathered before its transaction begins, so the write lock is never
        held while waiting for a worker.
        """
        entries: list[FileResult | tuple[str, ArticleRecord]] = []
        for (path, _), item in zip(batch, loaded, strict=True):
            if isinstance(item, FileResult):
                entries.append(item)
            else:
                entries.append((display_path(path), next(records)))
            if len(entries) >= GROUP:
                if stop():
                    return
                yield from self._commit(entries)
                entries = []
        if not stop():
            yield from self._commit(entries)

    def _commit(
        self, entries: list[FileResult | tuple[str, ArticleRecord]]
    ) -> Iterator[FileResult]:
        to_store = [entry[1] for entry in entries if isinstance(entry, tuple)]
        stored: list[tuple[Outcome, int]] = []
        interrupted = None
        try:
            if to_store:
                self.store.store_articles(to_store, stored)
        except KeyboardInterrupt as interrupt:
            # Ctrl-C waited for the commit: report what it stored, then stop.
            interrupted = interrupt
        outcomes = iter(stored)
        for entry in entries:
            if isinstance(entry, FileResult):
                yield entry
                continue
            done = next(outcomes, None)
            if done is None:
                break
            outcome, article_id = done
            if outcome is Outcome.DUPLICATE:
                yield self._duplicate(entry[0], entry[1].path, article_id)
            else:
                yield FileResult(entry[0], _STATUS[outcome], article_id=article_id)
        if interrupted is not None:
            raise interrupted

    def _load(self, path: str, reason: str | None) -> Loaded | FileResult:
        """The decoded file, or its final result when it needs no parsing."""
        shown = display_path(path)
        if reason is None:
            try:
                decoded = decode(read_bytes(path, self.max_bytes))
            except Rejected as rejected:
                reason = str(rejected)
        if reason is not None:
            return FileResult(shown, Status.REJECTED, reason)
        text_hash = content_hash(decoded.text)
        known = self.store.article_id_by_hash(text_hash)
        if known is not None:
            return self._duplicate(shown, stored_path(path), known)
        return Loaded(decoded.text, decoded.encoding, stored_path(path), text_hash)

    def _duplicate(self, shown: str, path: str, article_id: int) -> FileResult:
        """A duplicate's result, naming the stored article (the copy that is
        kept) when it came from another file than this one."""
        title, stored = self.store.title_and_path(article_id)
        copy_of = None
        if stored != path:
            title = title if len(title) <= TITLE_SHOWN else title[: TITLE_SHOWN - 1] + "…"
            copy_of = f"article {article_id} “{title}”" + (f" from {stored}" if stored else "")
        return FileResult(shown, Status.DUPLICATE, article_id=article_id, copy_of=copy_of)
