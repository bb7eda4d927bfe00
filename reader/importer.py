"""An import's first phase: files into stored, searchable articles.

Files go through in batches: the writer decodes and hashes each one (cheap)
so that a text already stored is reported as unchanged or a duplicate
without being parsed again; parsing its structure (title, date, source,
language), and finding a web page's article (``reader.pages``), is pure
and can run in worker processes (``parse_loaded``). A dataset named on the
command line (``reader.datasets``) is read as a stream of rows, each one an
article that goes the same way as a file. Then files are stored
a group at a time, each group in one transaction, so that an error or a
crash leaves no trace of a half-done file. Each stored article is queued for
the second phase, its names and quotes (``reader.understanding``).
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from itertools import islice
from pathlib import Path

from db.errors import StoreError
from db.keyset import KeySet
from db.records import ArticleRecord
from db.store import Outcome, Store
from db.writer import given_json, prepare
from reader.datasets import Dataset, is_dataset
from reader.files import (
    DEFAULT_MAX_BYTES,
    Rejected,
    Skipped,
    decode,
    discover,
    display_path,
    read_bytes,
)
from reader.metadata import (
    NAMES,
    apply_given,
    as_text,
    given_fields,
    iso_date,
    match_columns,
    read_sidecar,
    sidecar_of,
)
from reader.pages import PAGE_SUFFIXES, read_page
from reader.wording import counted

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
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    DELETED = "deleted"  # deleted from this library: skipped (``import --restore`` takes it)
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one file, or of one row of a dataset (``row``)."""

    path: str  # printable
    status: Status
    reason: str | None = None
    article_id: int | None = None
    # A duplicate of an article that came from another file (or from none):
    # that article, as ``article 12 “Title” from /its/path.txt``.
    copy_of: str | None = None
    row: int | None = None
    # How many rows the dataset holds, as told when this row was read (an
    # estimate from the bytes read so far, exact at the end): what a
    # progress bar counts its rows against (``reader.import_progress``).
    rows_expected: int | None = None

    @property
    def where(self) -> str:
        """The file, and the row of a dataset: ``data.csv, row 12``."""
        return self.path if self.row is None else f"{self.path}, row {self.row}"

    @property
    def note(self) -> str | None:
        """Why a file was rejected, or which stored article a duplicate repeats."""
        if self.status is Status.REJECTED:
            return self.reason
        if self.status is Status.DELETED:
            return "deleted from this library; `reader import --restore` brings it back"
        if self.status is Status.DUPLICATE:
            if self.copy_of:
                return f"same text as {self.copy_of}"
            return f"already stored as article {self.article_id}"
        return None

    def as_json(self) -> dict:
        """The ``reader import --json`` line of this result."""
        line: dict = {"status": self.status.value, "path": self.path}
        if self.row is not None:
            line["row"] = self.row
        if self.article_id is not None:
            line["id"] = self.article_id
        if self.status is Status.REJECTED:
            line["reason"] = self.reason
        if self.copy_of is not None:
            line["copy_of"] = self.copy_of
        return line


@dataclass(frozen=True, slots=True)
class Notice:
    """What an import says besides each file's result: the columns a
    dataset's fields were read from, and the rows earlier imports stored
    from a dataset that it no longer holds (``left``: their article ids)."""

    path: str
    text: str
    left: tuple[int, ...] = ()


def stored_path(path: str) -> str:
    """The absolute path as stored: undecodable bytes kept as escapes."""
    return os.fsencode(os.path.abspath(path)).decode("utf-8", "backslashreplace")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def record_from_text(
    text: str,
    encoding: str,
    path: str | None,
    text_hash: str | None = None,
    given: dict[str, str] | None = None,
    original: bytes | None = None,
) -> ArticleRecord:
    """Parse the structure of ``text`` and shape it for the store;
    ``text_hash`` is its ``content_hash`` when the caller has it already.
    ``given`` fields (a metadata file's, a page's, a row's) win over what
    the parse finds; ``original`` is a web page's bytes, kept beside it."""
    # Loaded here, not at the top: the language profiles cost time to load,
    # which the TUI should not pay before it can paint.
    from reader.extract.structure import parse_structure

    given = given or {}
    found = parse_structure(text, lang=given.get("lang"))
    fields = apply_given(
        {"title": found.title, "date": found.date, "source": found.source, "lang": found.lang},
        given,
    )
    return ArticleRecord(
        path=path,
        text=text,
        encoding=encoding,
        content_hash=text_hash or content_hash(text),
        title=fields["title"],
        lang=fields["lang"],
        source=fields["source"],
        date=fields["date"],
        caption=found.caption,
        byline=found.byline,
        paragraphs=list(found.paragraphs),
        tags=list(found.tags),
        url=given.get("url"),
        author=given.get("author"),
        given=given,
        original=original,
        original_kind="html" if original is not None else None,
    )


@dataclass(frozen=True, slots=True)
class Loaded:
    """A file or a dataset row read and waiting to be parsed, with the hash
    the writer took of its text to find duplicates (a worker need not take
    it again). A web page comes as its bytes (``page``): finding its text
    is the parsing, done by a worker too."""

    text: str
    encoding: str
    path: str  # as stored: a dataset row's is the file's, then ``#`` and its identity
    content_hash: str | None
    shown: str
    row: int | None = None
    given: dict[str, str] = field(default_factory=dict)
    page: bytes | None = None
    rows_expected: int | None = None


@dataclass(frozen=True, slots=True)
class Planned:
    """A file to read and parse in a worker process: reading, decoding and
    hashing it in the one writer cost it a fifth of its time."""

    path: str
    shown: str
    max_bytes: int
    # The library, when the worker is to look there first whether the
    # text is stored already, and then leave it unparsed: importing a
    # folder again must cost little more than reading it.
    library: str | None = None
    row: None = None  # a file is no dataset row
    rows_expected: None = None


def load(planned: Planned) -> Loaded | FileResult:
    """The file read and decoded (a web page as its bytes, its text found
    when it is parsed), or rejected with the reason."""
    given: dict[str, str] = {}
    try:
        data = read_bytes(planned.path, planned.max_bytes)
        if sidecar := sidecar_of(planned.path):
            given = read_sidecar(sidecar)
        if Path(planned.path).suffix.lower() in PAGE_SUFFIXES:
            return Loaded(
                "", "", stored_path(planned.path), None, planned.shown, given=given, page=data
            )
        decoded = decode(data)
    except Rejected as rejected:
        return FileResult(planned.shown, Status.REJECTED, str(rejected))
    return Loaded(
        decoded.text,
        decoded.encoding,
        stored_path(planned.path),
        content_hash(decoded.text),
        planned.shown,
        given=given,
    )


def _result(item: Planned | Loaded, status: Status, **fields) -> FileResult:
    """The result of a planned file or of a loaded file or row."""
    return FileResult(item.shown, status, row=item.row, rows_expected=item.rows_expected, **fields)


def parse_item(item: Planned | Loaded) -> ArticleRecord | FileResult | Loaded:
    """What a worker makes of a planned file or a dataset's row: a record
    prepared for the writer, the reason it is rejected, or, when its text
    is stored already (``Planned.library``), that it is unchanged, or the
    file read but not parsed for the writer to say whose duplicate it is."""
    if isinstance(item, Planned):
        loaded = load(item)
        if isinstance(loaded, FileResult):
            return loaded
        if item.library is not None and (known := _stored_already(item.library, loaded)):
            return known
        return parse_loaded(loaded)
    return parse_loaded(item)


def _stored_already(library: str, loaded: Loaded) -> FileResult | Loaded | None:
    """``loaded``'s result when the library holds its text unchanged at its
    path, ``loaded`` when it holds it otherwise, None when it does not or
    cannot tell (which only costs a parse)."""
    store = _stored_texts(library)
    if store is None or loaded.content_hash is None:
        return None
    try:
        known = store.known_by_hash(loaded.content_hash)
    except StoreError:
        return None
    if known is None:
        return None
    article_id, path, given = known
    if path == loaded.path and given == given_json(loaded.given):
        return FileResult(loaded.shown, Status.UNCHANGED, article_id=article_id)
    return loaded


@cache
def _stored_texts(library: str) -> Store | None:
    """A worker's own read-only view of the library, for the life of the
    worker (one import)."""
    try:
        return Store(library, read_only=True)
    except StoreError:
        return None


def parse_loaded(loaded: Loaded) -> ArticleRecord | FileResult:
    """The pure, parallel part of the first phase: a record to store,
    prepared for the writer (``db.writer.prepare``), or a web page rejected
    for holding no article."""
    if loaded.page is None:
        return prepare(
            record_from_text(
                loaded.text, loaded.encoding, loaded.path, loaded.content_hash, loaded.given
            )
        )
    try:
        page = read_page(loaded.page)
    except Rejected as rejected:
        return FileResult(loaded.shown, Status.REJECTED, str(rejected))
    stated = {
        "title": page.title,
        "date": iso_date(page.date),
        "author": page.author,
        "source": page.site,
        "url": page.url,
    }
    # A metadata file beside the page wins over what the page says.
    given = {**{k: v for k, v in stated.items() if v}, **loaded.given}
    return prepare(
        record_from_text(page.text, page.encoding, loaded.path, None, given, loaded.page)
    )


@dataclass(frozen=True, slots=True)
class DatasetEnd:
    """Every row of a dataset was read: once they are stored, the rows an
    earlier import stored from it and it no longer holds are told."""

    shown: str
    base: str  # the dataset's stored path
    seen: KeySet  # its rows' identities (``_row_key``), closed once told


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
        self._datasets = 0
        folder = None
        for path, reason in found:
            head, sep, name = path.rpartition(os.sep)
            if head + sep != folder:
                folder = head + sep
                self._append(self._FOLDER, folder)
            self._append(self._NAME, name)
            self._datasets += reason is None and is_dataset(path)
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
    def has_datasets(self) -> bool:
        """Whether a dataset is named: its rows are many articles in one file."""
        return self._datasets > 0

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
    Outcome.UNCHANGED: Status.UNCHANGED,
    Outcome.DUPLICATE: Status.DUPLICATE,
    Outcome.DELETED: Status.DELETED,
}

Item = Planned | Loaded | FileResult | Notice | DatasetEnd


def _row_key(identity: str) -> int:
    """A row identity as a 64-bit number (signed, as SQLite keeps it in a
    ``KeySet``)."""
    return int.from_bytes(
        hashlib.blake2b(identity.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
        signed=True,
    )


class Importer:
    """Imports files into one store, reporting each file (and each row of
    a dataset) as it is done; ``notify`` hears the rest (``Notice``)."""

    def __init__(
        self,
        store: Store,
        max_bytes: int = DEFAULT_MAX_BYTES,
        columns: dict[str, str] | None = None,
        notify: Callable[[Notice], None] = lambda notice: None,
    ) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self.columns = columns
        self.notify = notify
        self._library: str | None = None

    def plan(self, arguments: list[str]) -> Plan:
        """Every file the arguments name, found before anything is read."""
        skipped = Skipped()
        return Plan(discover(arguments, skipped), skipped)

    def run(
        self,
        planned: Iterable[tuple[str, str | None]],
        parse_all: Callable[[list[Planned | Loaded]], Iterable[ArticleRecord | FileResult]]
        | None = None,
        stop: Callable[[], bool] = lambda: False,
    ) -> Iterator[FileResult]:
        """Store each planned file; yields one result per file (per row of
        a dataset), in order.

        The next batch is handed to ``parse_all`` before the current one is
        written, so that workers parse while the writer writes. ``stop``
        is asked before each group is stored: once it says yes, the import
        ends there, and every file it stored has been reported.
        """
        # Workers look in the library for texts stored already (this
        # process has it at hand, and imports few files itself).
        on_disk = self.store.path != ":memory:"
        self._library = str(self.store.path) if parse_all and on_disk else None
        parse_all = parse_all or (lambda items: map(parse_item, items))
        pending = None
        for batch in batched(self._items(planned), BATCH):
            if stop():
                return
            parsed = iter(
                parse_all([item for item in batch if isinstance(item, (Planned, Loaded))])
            )
            if pending:
                yield from self._write(*pending, stop)
            pending = (batch, parsed)
        if pending:
            yield from self._write(*pending, stop)

    def _items(self, planned: Iterable[tuple[str, str | None]]) -> Iterator[Item]:
        for path, reason in planned:
            if reason is None and is_dataset(path):
                yield from self._dataset(path)
            elif reason is None:
                yield Planned(path, display_path(path), self.max_bytes, self._library)
            else:
                yield FileResult(display_path(path), Status.REJECTED, reason)

    def _write(self, batch: list[Item], parsed: Iterator, stop) -> Iterator[FileResult]:
        """Store a batch in groups of ``GROUP`` files, one transaction each.

        Results come after their group is committed, in file order. A group
        is gathered before its transaction begins, so the write lock is never
        held while waiting for a worker.
        """
        entries: list = []
        for item in batch:
            if isinstance(item, (Planned, Loaded)):
                done = next(parsed)
                if isinstance(done, Loaded):
                    # Its text is stored already: unchanged, a duplicate,
                    # or at its path with other given fields (parsed here).
                    item = done
                    done = self._known(done)
                    if isinstance(done, Loaded):
                        done = parse_loaded(done)
                elif isinstance(done, ArticleRecord) and self._deleted(done):
                    done = _result(item, Status.DELETED)
                entries.append(done if isinstance(done, FileResult) else (item, done))
            else:
                entries.append(item)
            if len(entries) >= GROUP:
                if stop():
                    return
                yield from self._commit(entries)
                entries = []
        if not stop():
            yield from self._commit(entries)

    def _commit(self, entries: list) -> Iterator[FileResult]:
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
            if isinstance(entry, Notice):
                self.notify(entry)
                continue
            if isinstance(entry, DatasetEnd):
                try:
                    if interrupted is None:
                        self._tell_left(entry)
                finally:
                    entry.seen.close()
                continue
            done = next(outcomes, None)
            if done is None:
                break
            outcome, article_id = done
            loaded, record = entry
            if outcome is Outcome.DUPLICATE:
                yield self._duplicate(loaded, record.path, article_id)
            else:
                yield _result(loaded, _STATUS[outcome], article_id=article_id)
        if interrupted is not None:
            raise interrupted

    def _deleted(self, record: ArticleRecord) -> bool:
        """Whether the record's file or text was deleted from the library: it
        is skipped (``import --restore`` takes it back). A worker read it, so
        this is the first the writer sees of it."""
        return self.store.is_deleted(record.path, record.content_hash)

    def _known(self, loaded: Loaded) -> Loaded | FileResult:
        """The result of a text already stored (unchanged where it was, or a
        duplicate of another file's), or ``loaded`` still to be parsed. A
        text or path deleted from the library is skipped before it is parsed."""
        if self.store.is_deleted(loaded.path, loaded.content_hash):
            return _result(loaded, Status.DELETED)
        known = self.store.known_by_hash(loaded.content_hash)
        if known is None:
            return loaded
        article_id, path, given = known
        if path != loaded.path:
            return self._duplicate(loaded, loaded.path, article_id)
        if given == given_json(loaded.given):
            return _result(loaded, Status.UNCHANGED, article_id=article_id)
        return loaded  # its metadata changed: stored again

    def _dataset(self, path: str) -> Iterator[Item]:
        """Each row of a dataset, read and matched to fields, as it streams."""
        shown = display_path(path)
        base = stored_path(path)
        # On disk, so that memory does not grow with the rows.
        seen = KeySet()
        try:
            with Dataset(path) as dataset:
                mapping = None
                for row in dataset.rows():
                    if mapping is None and dataset.columns is not None:
                        mapping = match_columns(dataset.columns, self.columns)
                        if "text" not in mapping:
                            raise Rejected(
                                "no text column (one of "
                                f"{', '.join(NAMES['text'])}; or say which: --map text=COLUMN)"
                            )
                        described = ", ".join(f"{f}={c}" for f, c in mapping.items())
                        yield Notice(
                            shown, f"{shown}: {dataset.kind}, fields from columns {described}"
                        )
                    expected = dataset.expected_rows(row.number)
                    if row.reason is not None:
                        yield FileResult(
                            shown,
                            Status.REJECTED,
                            row.reason,
                            row=row.number,
                            rows_expected=expected,
                        )
                        continue
                    yield self._row(shown, base, row, mapping, dataset.encoding, seen, expected)
        except Rejected as rejected:
            seen.close()
            yield FileResult(shown, Status.REJECTED, str(rejected))
            return
        yield DatasetEnd(shown, base, seen)

    def _row(self, shown, base, row, mapping, encoding, seen, expected) -> Loaded | FileResult:
        values = {f: row.values.get(column) for f, column in mapping.items()}
        body = as_text(values.get("text"))
        if not body:
            return FileResult(
                shown, Status.REJECTED, "empty text", row=row.number, rows_expected=expected
            )
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        given = given_fields(values)
        title = given.get("title")
        text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
        # A row is known again by its id or URL; without either, by what it says.
        if ident := as_text(values.get("id")):
            identity = f"id={ident}"
        elif given.get("url"):
            identity = f"url={given['url']}"
        else:
            said = "\x00".join(as_text(values.get(f)) or "" for f in ("title", "date"))
            identity = "sha256=" + content_hash(f"{said}\x00{body}")[:24]
        if not seen.add(_row_key(identity)):
            what = identity.split("=", 1)[0]
            return FileResult(
                shown,
                Status.REJECTED,
                f"the same {what} as an earlier row",
                row=row.number,
                rows_expected=expected,
            )
        return self._known(
            Loaded(
                text,
                encoding,
                f"{base}#{identity}",
                content_hash(text),
                shown,
                row.number,
                given,
                rows_expected=expected,
            )
        )

    def _tell_left(self, end: DatasetEnd) -> None:
        """Name the rows an earlier import stored from this dataset that it
        no longer holds; they are kept (a dataset may be cut to a sample)."""
        prefix = end.base + "#"
        left = tuple(
            article_id
            for article_id, path in self.store.paths_under(prefix)
            if _row_key(path[len(prefix) :]) not in end.seen
        )
        if left:
            shown = ", ".join(map(str, left[:10])) + (", …" if len(left) > 10 else "")
            self.notify(
                Notice(
                    end.shown,
                    f"{end.shown}: {counted(len(left), 'row')} stored before no longer in it"
                    f" (kept: article {shown})",
                    left,
                )
            )

    def _duplicate(self, loaded: Loaded, path: str, article_id: int) -> FileResult:
        """A duplicate's result, naming the stored article (the copy that is
        kept) when it came from another file than this one."""
        title, stored = self.store.title_and_path(article_id)
        copy_of = None
        if stored != path:
            title = title if len(title) <= TITLE_SHOWN else title[: TITLE_SHOWN - 1] + "…"
            copy_of = f"article {article_id} “{title}”" + (f" from {stored}" if stored else "")
        return _result(loaded, Status.DUPLICATE, article_id=article_id, copy_of=copy_of)
