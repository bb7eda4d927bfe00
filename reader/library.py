"""The one place that joins files, extraction and the store.

The CLI and the TUI talk to a ``Library``; neither writes SQL. A Library
owns one store connection, so each thread that needs the database opens
its own Library on the same path.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db import (
    annotations,
    articles,
    bulk,
    edits,
    follows,
    health,
    originals,
    quotes,
    saved,
    search,
    understanding,
    versions,
)
from db.articles import ArticleDetail, ArticleFilter, ArticleRow
from db.errors import ReadOnlyError
from db.highlight import find_hits
from db.query import parse as parse_query
from db.quotes import CANDIDATES as QUOTE_CANDIDATES
from db.records import HighlightRow, QuoteGroup, QuoteRow, SavedSearch, TagCount
from db.search import SearchHit
from db.store import Store
from reader import privacy, whats_new
from reader.config import sample_articles_dir
from reader.files import DEFAULT_MAX_BYTES
from reader.whats_new import NEW_BOUND, NewCount
from reader.wording import counted

# What only importing, understanding, the finder's names or the original
# file need is imported where it is used: the TUI's first paint imports this
# module, and those (worker processes, extraction, rapidfuzz) were more than
# half of its import time (``python -X importtime``).
if TYPE_CHECKING:
    from db.curation import LogEntry
    from db.entities import EntityDetail, EntityPage
    from db.trash import TrashedArticle
    from reader.finder import NameIndex
    from reader.importer import FileResult, Notice, Plan
    from reader.original import Original
    from reader.understanding import Progress


class _OnFirstUse:
    """A module imported when one of its names is first read. The store's
    modules the first screen never uses (curation and identity, entities
    and their quotes, the trash with quote groups and statements) were a
    third of this module's import time, which the TUI's first paint waits
    for (``python -X importtime``); used as modules still, so that a method
    reads as it would with them imported. Importing is thread-safe, and a
    name read again costs a dictionary look-up."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str):
        return getattr(importlib.import_module(self._name), attr)


curation = _OnFirstUse("db.curation")
entities = _OnFirstUse("db.entities")
grouped_quotes = _OnFirstUse("db.grouped_quotes")
identity = _OnFirstUse("db.identity")
trash = _OnFirstUse("db.trash")

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 64
# Files a worker parses per message: each message costs the writer's process
# a wake-up of its threads; 32 instead of 8 took its CPU from 0.39 to 0.35 ms
# an article (bench.run's 10,000).
PARSE_CHUNK = 32
# No name is longer; the fuzzy finder's work grows with what it is given.
MAX_NAME_CHARS = 200
# Entities whose names are looked up in SQL for a keystroke while the
# finder's index is built (``Library._begun``), as many as the index offers
# for a prefix (``reader.finder.MAX_CANDIDATES``).
NAME_CANDIDATES = 300

__all__ = ["ArticleFilter", "ArticleRow", "EntityHit", "Library"]

_NAME_LOCK = threading.Lock()
_NAME_CACHE: dict[str, tuple] = {}
# Curations made in this process, per file, and the lock under which one is
# counted and a built index is put in ``_NAME_CACHE``: an index whose names
# were read before a curation must not be put back after it (``_curating``).
_CURATIONS: dict[str, int] = {}
_CACHE_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class NameResolution:
    """The entities a typed name means, ranked by articles; ``several``
    holds them all when the name fits more than one (``Kim``: three
    people; ``Jordan``: a country and two people), and ``spelled`` the entity's name when the
    typed one matched it only as a misspelling (``Purbya``: Purbaya), for
    the caller to say so: a filter that silently reads a name as another
    leaves the user trusting an answer to a question they did not ask."""

    ids: list[int]
    several: list[int]
    spelled: str = ""


@dataclass(frozen=True, slots=True)
class EntityHit:
    """An entity found by the fuzzy finder, with the variant that matched."""

    id: int
    name: str
    type: str
    matched: str
    article_count: int
    score: float


@dataclass(frozen=True, slots=True)
class EntityLookup:
    """What a typed name lists (``reader entities``, the finder, the
    palette): the entities it means first, then fuzzy matches; ``several``
    holds the ones it means when it is a short form that fits more than one
    (``Kim``: three people), for the caller to say so (``several_line``)."""

    hits: list[EntityHit]
    several: list[int]
    # Whether the finder's index of the current names answered; False when
    # ``find_entities(wait=False)`` answered without it, for the caller to
    # load it (one stamp query per keystroke, not two).
    ready: bool = True
    # Every entity the name means (``resolve_name``), however many: a filter
    # by speaker takes them all, as ``speaker:`` and ``quotes --speaker``
    # do, while the hits stop at the limit, and a surname a library's many
    # people share (`Kim`) means more.
    meant_ids: tuple[int, ...] = ()


def _hits(
    names: list[entities.EntityName], ranked: list[tuple[int, float]], limit: int
) -> list[EntityHit]:
    """One hit per entity, in rank order, from ranked variant names."""
    hits: dict[int, EntityHit] = {}
    for at, score in ranked:
        name = names[at]
        if name.entity_id not in hits:
            hits[name.entity_id] = EntityHit(
                name.entity_id, name.entity_name, name.type, name.name, name.articles, score
            )
    return list(hits.values())[:limit]


def _entity_key(name: str) -> str:
    """``reader.extract.names.entity_key``, imported when first asked (it
    brings extraction and rapidfuzz, which the first paint does not need)."""
    from reader.extract.names import entity_key

    return entity_key(name)


def spelled_line(typed: str, name: str) -> str:
    """What a name read as a misspelling was taken as."""
    return f"{typed}: taken as {name}, the closest spelling"


def described_line(typed: str) -> str:
    """What a speaker name that is no entity matched: quotations whose
    speaker is text linked to no entity holding it (a description, ``jaksa``,
    ``朋友``, or a name the finder did not link), not a person known."""
    return f"{typed}: matched quotes whose speaker is unlinked text holding {typed!r}"


def _typed(text: str) -> str:
    """Typed text as SQLite can take it: a lone surrogate (what an undecodable
    byte of a command-line argument becomes) turns into U+FFFD instead of
    failing to encode."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


class Library:
    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        self.path = path
        # Before SQLite opens or creates anything: its files take the mode
        # of the database file (see ``reader.privacy``).
        privacy.secure_library(path, create=not read_only)
        self.store = Store(path, read_only=read_only)
        # described_speaker's answers, by name: (the file's stamp, answer).
        self._described: dict[str, tuple[tuple[int, int], bool]] = {}

    @property
    def read_only(self) -> bool:
        """Whether the library was opened for reading only (its file or
        folder cannot be written here): every change raises ``ReadOnlyError``."""
        return self.store.read_only

    def require_writable(self) -> None:
        """Raise ``ReadOnlyError`` saying where and why, before any work
        that would end in a change is started."""
        if not self.read_only:
            return
        path = Path(self.path)
        if not os.access(path, os.W_OK):
            why = "the file cannot be written"
        elif not os.access(path.parent, os.W_OK):
            why = f"its folder {path.parent} cannot be written"
        else:
            why = "it was opened for reading only"
        raise ReadOnlyError(
            f"{path}: the library is read-only ({why}); check the permissions to change it"
        )

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        self.require_writable()
        with self.store.transaction() as conn:
            yield conn

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _reading(self) -> AbstractContextManager[sqlite3.Connection]:
        """The store's connection for a read; SQLite's errors in it come out
        as the store's ``StorageError``, naming the file."""
        return self.store.wrapped()

    # -- import -----------------------------------------------------------

    def plan_import(self, arguments: list[str]) -> Plan:
        from reader.importer import Importer

        return Importer(self.store).plan(arguments)

    def run_import(
        self,
        planned: Plan,
        max_bytes: int = DEFAULT_MAX_BYTES,
        stop: Callable[[], bool] = lambda: False,
        *,
        columns: dict[str, str] | None = None,
        notify: Callable[[Notice], None] = lambda notice: None,
    ) -> Iterator[FileResult]:
        """Store the planned files, searchable once each is reported, and
        queue them for ``understand``; parsing uses every core.

        Records come back from the workers in order and are written by this
        one connection, a group of files per transaction; ``stop`` ends the
        import between two groups (see ``Importer.run``). ``columns`` says
        which dataset column holds which field (``--map``); ``notify``
        hears which columns were used, and which rows left a dataset.
        """
        from reader.importer import Importer, parse_item
        from reader.workers import worker_pool

        self.require_writable()
        importer = Importer(self.store, max_bytes, columns, notify)
        if planned.wanted < PARALLEL_FROM and not planned.has_datasets:
            yield from importer.run(planned, stop=stop)
        else:
            with worker_pool(models=False) as pool:
                yield from importer.run(
                    planned, lambda items: pool.map(parse_item, items, chunksize=PARSE_CHUNK), stop
                )
            self.store.compact()

    def understand(self) -> Iterator[Progress]:
        """Find the names, quotes and speakers of the articles still queued
        (see ``reader.understanding.Understander``), yielding progress, and
        wait for what another process holds of them; then mark which
        frequent names are common words (``db.common_words``), with the
        collection's new articles in view.
        """
        done = 0
        for progress in self._work_through_queue():
            done = progress.done
            yield progress
        if done:
            self.store.mark_common_words()

    def _work_through_queue(self) -> Iterator[Progress]:
        """Worker processes on every core do the work, language group by
        language group (one worker for a small group that loads an analyser
        of its own, see ``workers_for``); a few articles are done in this process instead,
        where starting workers would cost more than it saves."""
        from reader.understanding import (
            Progress,
            Understander,
            language_groups,
            shared_analysers,
            understand_queued,
            workers_for,
        )
        from reader.workers import worker_pool

        self.require_writable()
        left = self.pending()
        if left == 0:
            # Quotations stored before they were grouped (schema 15) are
            # grouped by the run that meets them (``Understander.run``).
            while self.store.group_quote_backlog():
                pass
            return
        done = failed = 0
        if left >= PARALLEL_FROM:
            # Language by language (see ``language_groups``), while others'
            # imports may add more; what another process holds is waited
            # for below.
            while queued := self.store.unclaimed_counts():
                for langs in language_groups(queued):
                    workers = workers_for(langs, sum(queued[lang] for lang in langs))
                    analysers = shared_analysers(langs, workers)
                    with worker_pool(workers, analysers=analysers) as pool:
                        understander = Understander(
                            self.store,
                            lambda items: pool.map(understand_queued, items, chunksize=8),
                            langs,
                        )
                        progress = Progress(0, left)
                        for progress in understander.run(wait_for_others=False):
                            yield Progress(
                                done + progress.done, progress.left, failed + progress.failed
                            )
                        done += progress.done
                        failed += progress.failed
        for progress in Understander(self.store).run():
            yield Progress(done + progress.done, progress.left, failed + progress.failed)

    def pending(self) -> int:
        """How many articles are stored but not yet understood."""
        return self.store.pending()

    def article_understood(self, article_id: int) -> bool:
        """Whether the article's names and quotes are in (it left the queue)."""
        with self._reading() as conn:
            return not understanding.is_pending(conn, article_id)

    def partial_line(self, query: str | None = None) -> str | None:
        """While names and quotes are still being worked out, a line saying
        that an answer depending on them is partial: any answer when
        ``query`` is None, else a search with an ``entity:``, ``speaker:``
        or ``quote:`` filter. The CLI prints it on stderr, the TUI beside the count."""
        if query is not None:
            filters = parse_query(query).filters
            if not any(f.field in {"entity", "speaker", "quote"} for f in filters):
                return None
        left = self.pending()
        if not left:
            return None
        return f"partial: {counted(left, 'article')} not yet understood"

    def reindex(self) -> Iterator[Progress]:
        """Work out every stored article again, structure and names; yields progress.

        The text is unchanged, so user data stays: their tags, highlights,
        read state, and entity merges (mentions rejoin entities by alias).
        Each article keeps its old names and quotes until its new ones are
        swapped in. A library from before one spelling was one entity gets
        its per-type entities folded together.
        """
        from reader.understanding import link_short_forms

        self.require_writable()
        self.store.queue_everything()
        yield from self._work_through_queue()
        self.store.merge_same_spellings()
        link_short_forms(self.store)
        self.store.mark_common_words()
        self.store.drop_unused_entities()

    def import_samples_if_empty(self) -> list[FileResult]:
        """Fill an empty library with the bundled sample articles (not a
        read-only one), searchable at once; ``understand`` follows. A
        library that ever deleted anything (``samples remove`` too) is
        not empty by chance and stays as it is."""
        if self.read_only:
            return []
        with self._reading() as conn:
            if articles.count_articles(conn) or trash.ever_deleted(conn):
                return []
        return list(self.run_import(self.plan_import([str(sample_articles_dir())])))

    # -- many articles at once (db/bulk.py): each returns how many changed --

    def article_ids(self, where: ArticleFilter | None = None) -> list[int]:
        """Every article the list shows with these filters (all of them, not a page)."""
        with self._reading() as conn:
            return bulk.ids_of(conn, *(where or ArticleFilter()).sql())

    def tag_articles(self, ids: Sequence[int], name: str) -> int:
        with self._writing() as conn:
            return bulk.tag(conn, list(ids), _typed(name))

    def untag_articles(self, ids: Sequence[int], name: str) -> int:
        with self._writing() as conn:
            return bulk.untag(conn, list(ids), _typed(name))

    def mark_articles(self, ids: Sequence[int], flag: str, value: bool) -> int:
        """Set ``read`` or ``starred`` on the articles."""
        with self._writing() as conn:
            return bulk.set_flag(conn, list(ids), flag, value)

    # -- corrections (db/edits.py) ----------------------------------------

    EDITABLE = edits.EDITABLE

    def edit_article(self, article_id: int, changes: dict[str, str]) -> ArticleRow:
        """Correct an article's fields: a user's edit wins over what its file
        states and what extraction finds, now and at every reindex. An
        empty value clears a field (not the title); a date must name one
        day (``2025-06-23``, ``23 June 2025``...). ``ValueError`` says what
        is wrong."""
        from reader.metadata import iso_date

        cleaned: dict[str, str | None] = {}
        for name, value in changes.items():
            value = " ".join(_typed(value).split()) or None
            if name == "date" and value is not None:
                day = iso_date(value)
                if day is None:
                    raise ValueError(f"{value!r} is not a date of one day (2025-06-23)")
                value = day
            cleaned[name] = value
        with self._writing() as conn:
            edits.edit(conn, article_id, cleaned)
            return articles.list_articles(conn, ArticleFilter(ids=(article_id,)))[0]

    def edited_fields(self, article_id: int) -> dict[str, str | None]:
        """The fields the user corrected, as they set them."""
        with self._reading() as conn:
            return edits.edited_fields(conn, article_id)

    def original(self, article_id: int) -> Original:
        """The article's original file, for a pager; when the file is gone,
        what the store kept of it (a web page as saved, else the text)."""
        from reader.original import Original, file_of

        with self._reading() as conn:
            _title, stored = articles.title_and_path(conn, article_id)
            found = file_of(stored)
            if found is not None:
                return Original(found)
            kept = originals.stored_original(conn, article_id)
            text = articles.get_article(conn, article_id).text
        where = f"{stored} is gone" if stored else "it came from no file"
        if kept is not None:
            return Original(stored, kept[1], f"{where}: showing the page as it was saved")
        return Original(
            stored, text.encode("utf-8", "replace"), f"{where}: showing the text as stored"
        )

    # -- the trash (db/trash.py) ------------------------------------------

    def delete_articles(self, ids: Sequence[int]) -> int:
        """Move these articles to the trash, out of every list, search,
        index and count; returns how many were there to move."""
        with self._writing() as conn:
            return trash.move_to_trash(conn, list(ids))

    def existing_ids(self, ids: Sequence[int]) -> list[int]:
        """Those of ``ids`` that are articles in the library."""
        with self._reading() as conn:
            return trash.existing(conn, list(ids))

    def trash(self) -> list[TrashedArticle]:
        with self._reading() as conn:
            return trash.listed(conn)

    def restore_from_trash(self, ids: Sequence[int]) -> int:
        """Bring trashed articles back whole, in one transaction; returns
        how many. Those whose names were worked out against entities gone
        since are queued for the second phase (``understand``)."""
        with self._writing() as conn:
            for article_id in ids:
                trash.restore(conn, article_id)
        return len(ids)

    def empty_trash(self) -> tuple[int, bool]:
        """Delete what the trash holds and take its text out of the file
        (see ``db.trash.purge``); returns how many articles went and
        whether the write-ahead log could be emptied too."""
        with self._writing() as conn:
            emptied = trash.empty(conn)
        with self.store.wrapped() as conn:
            return emptied, trash.purge(conn)

    def restore_paths(self, planned: Plan) -> int:
        """Before ``import --restore``: the trashed articles of the planned
        files come back, and what was deleted from them may be imported
        again; returns how many articles came back from the trash."""
        from reader.importer import stored_path

        with self._writing() as conn:
            back = 0
            for path, _ in planned:
                stored = stored_path(path)
                for article_id in trash.trashed_at_path(conn, stored):
                    trash.restore(conn, article_id)
                    back += 1
                trash.forget(conn, stored)
            return back

    def remove_samples(self) -> int:
        """Delete the bundled sample articles for good (not to the trash),
        and never import them into this library again; returns how many."""
        from reader.files import Rejected, decode, read_bytes
        from reader.importer import content_hash, stored_path

        folder = sample_articles_dir()
        hashes = []
        for file in sorted(folder.glob("*.txt")):
            try:
                hashes.append(content_hash(decode(read_bytes(str(file))).text))
            except Rejected:
                continue
        with self._writing() as conn:
            ids = trash.sample_ids(conn, stored_path(str(folder)), hashes)
            return trash.remove_samples(conn, ids)

    # -- health -----------------------------------------------------------

    def check(self) -> health.Report:
        """The store's health, and who else can open its files (a note:
        a library shared on purpose is not unhealthy)."""
        with self._reading() as conn:
            report = health.check(conn)
        if str(self.path) != ":memory:":
            report.notes.append(privacy.describe(self.path))
        return report

    def repair(self) -> list[str]:
        self.require_writable()
        with self.store.wrapped() as conn:  # a repair takes its own write lock
            done = health.repair(conn)
        if self.store.drop_unused_entities():
            done.append("removed entities nothing mentions")
        return done

    def backup(self, destination: Path) -> None:
        """A consistent copy at ``destination``: a new file only its owner
        can open (0600), since it holds everything the library does."""
        privacy.create_private(destination)
        with self._reading() as conn:
            health.backup(conn, destination)

    # -- articles ---------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 50,
        offset: int = 0,
        where: ArticleFilter | None = None,
        fold: bool = True,
    ) -> list[SearchHit]:
        """Ranked articles for ``query``, narrowed by ``where`` when given;
        a story's versions once, by the best of them, unless not ``fold``."""
        with self._reading() as conn:
            return search.search(
                conn,
                _typed(query),
                limit=limit,
                offset=offset,
                resolve=self.entity_ids_named,
                narrow=where,
                fold=fold,
            )

    def matching_ids(self, query: str, where: ArticleFilter | None = None) -> list[int]:
        """Every article ``query`` finds, narrowed by ``where``, newest
        first (for an export)."""
        with self._reading() as conn:
            return search.matching_ids(
                conn, _typed(query), resolve=self.entity_ids_named, narrow=where
            )

    def count_matches(
        self,
        query: str,
        where: ArticleFilter | None = None,
        bound: int | None = None,
        fold: bool = True,
    ) -> int:
        """How many articles match ``query`` (stories, a group of versions
        counting once, unless not ``fold``), up to ``bound`` + 1 when given."""
        with self._reading() as conn:
            return search.count(
                conn,
                _typed(query),
                resolve=self.entity_ids_named,
                narrow=where,
                bound=bound,
                fold=fold,
            )

    @staticmethod
    def hit_spans(text: str, query: str) -> list[tuple[int, int]]:
        """Where ``query``'s words are in ``text``, exactly as search highlights them."""
        return find_hits(text, parse_query(query).terms)

    def explain(self, query: str) -> str:
        """How a query was understood, in words."""
        return parse_query(query).describe()

    @staticmethod
    def query_problems(query: str) -> list[str]:
        """What is wrong with the query's filters that can match nothing
        (``date:2025-13-01``, ``is:purple``), one line each: the CLI
        refuses such a query, the TUI says it in its status line."""
        return parse_query(query).problems

    @staticmethod
    def ranks(query: str) -> bool:
        """Whether a query's hits are ranked by relevance: one of filters
        alone (``lang:ko``) lists its articles newest first."""
        return parse_query(query).fts() is not None

    def entity_ids_named(self, name: str, *, speaker: bool = False) -> list[int]:
        """The entities a typed name means (see ``resolve_name``); for a
        ``speaker:`` name that no entity has but speakers are described by
        (``jaksa``), none: the search then takes those speakers' quotes
        (``db.search``), never the closest spelling of another name."""
        if speaker and self.described_speaker(name):
            return []
        return self.resolve_name(name).ids

    def described_speaker(self, name: str) -> bool:
        """Whether ``name`` is no entity's name or variant, but quotations
        have a speaker described by it (``jaksa``, ``朋友``: a description
        the quote finder kept, linked to no entity): ``speaker:`` and
        ``quotes --speaker`` then match them, before a fuzzy guess.

        A query asks it twice (its notes, then its filter), each a scan of
        the unlinked quotations: the answer is kept while the file is
        unchanged (SQLite's data_version for other connections' commits,
        total_changes for this one's)."""
        with self._reading() as conn:
            stamp = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        kept = self._described.get(name)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        found = not self._meant(name).ids and self.count_quotes(described=name, bound=0) > 0
        if len(self._described) > 64:
            self._described.clear()
        self._described[name] = (stamp, found)
        return found

    def resolve_name(self, name: str, *, scan: bool = False) -> NameResolution:
        """What a typed name means, the one policy of ``entity:``,
        ``speaker:``, ``reader quotes --speaker``, and at the head of what
        ``reader entities``, the finder and the palette list
        (``find_entities``): the entities with that name or variant, and
        those the collection calls by it as a short form (``Mulyani``:
        ``Sri Mulyani``), all of them when it fits several (two people
        called Kim), ranked by articles; else the closest fuzzy match of the
        whole name when it is close enough to be a misspelling. A name is
        never matched for one word it shares with the typed one
        (``reader.finder``).

        ``scan`` scores every name once, as the command line asks; the TUI
        reuses the finder's index, built once for many keystrokes. A name
        without a letter or digit (`"`) means nobody."""
        if not any(ch.isalnum() for ch in name):
            return NameResolution([], [])
        found = self._meant(name)
        if found.ids:
            return found
        best = self._fuzzy(name, 1, scan)
        if best and best[0].score >= 90:
            return NameResolution([best[0].id], [], best[0].name)
        return NameResolution([], [])

    def _meant(self, name: str) -> NameResolution:
        """The entities a name means by name, variant or short form, the
        ones named so first; hidden ones left out (they filter nothing in)."""
        with self._reading() as conn:
            named, shorts = identity.resolve(conn, _entity_key(_typed(name[:MAX_NAME_CHARS])))
        # Every entity the filter reads is named when there are several (a
        # country Jordan beside the two people called so), not only the
        # short forms': else the line under-counts what the filter reads.
        ids = list(dict.fromkeys([*named, *shorts]))
        return NameResolution(ids, ids if len(ids) > 1 else [])

    def name_notes(self, query: str, *, scan: bool = False) -> list[str]:
        """For each ``entity:`` or ``speaker:`` name of ``query`` that fits
        several entities, a line saying so (``Budi: 2 people or bodies
        (Budi Santoso, Budi Hartono); all of them``), and for one read as a
        misspelling, the name it was taken as (``Purbya: taken as Purbaya
        Yudhi Sadewa, the closest spelling``), and for one that means no
        entity, that it does (else "no articles match" reads as if the
        person were never in the news, not as a name nobody is known by):
        the CLI and the TUI say it the same way."""
        parsed = parse_query(query)
        lines = []
        asked = [("entity", n) for n in parsed.values("entity")]
        asked += [("speaker", n) for n in parsed.values("speaker")]
        # Each filter is noted (``entity:X speaker:X`` may mean an entity
        # and a description); a line two filters share is said once.
        for field, name in dict.fromkeys(asked):
            if field == "speaker" and self.described_speaker(name):
                lines.append(described_line(name))
                continue
            found = self.resolve_name(name, scan=scan)
            if found.several:
                lines.append(self.several_line(name, found.several) + "; all of them")
            elif found.spelled:
                lines.append(spelled_line(name, found.spelled))
            elif not found.ids:
                lines.append(self._nobody_line(name))
        return list(dict.fromkeys(lines))

    def _nobody_line(self, name: str) -> str:
        """Why a name means no entity: one the user marked not an entity is
        said so (``reader entity unhide`` brings it back), and while articles
        wait to be understood the name may yet come, so "no person ... by
        that name" would be said too soon."""
        with self._reading() as conn:
            hidden = any(
                curation.is_hidden(conn, i)
                for i in curation.named(conn, name[:MAX_NAME_CHARS], _entity_key)
            )
        if hidden:
            return f"{name}: marked as not a person, organisation or place"
        if self.pending():
            return f"{name}: nobody by that name yet"
        return f"{name}: no person, organisation or place by that name"

    def several_line(self, name: str, several: list[int]) -> str:
        names = self.entity_names(several[:5])
        listed = ", ".join(names[i] for i in several[:5] if i in names)
        more = ", …" if len(several) > 5 else ""
        return f"{name}: {len(several)} people or bodies ({listed}{more})"

    def articles(
        self,
        where: ArticleFilter | None = None,
        sort: str = "date",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleRow]:
        with self._reading() as conn:
            return articles.list_articles(
                conn, where or ArticleFilter(), sort=sort, limit=limit, offset=offset
            )

    def count_articles(self, where: ArticleFilter | None = None) -> int:
        with self._reading() as conn:
            return articles.count_articles(conn, where or ArticleFilter())

    def article(self, article_id: int) -> ArticleDetail:
        with self._reading() as conn:
            return articles.get_article(conn, article_id)

    def versions(self, article_id: int) -> list[ArticleRow]:
        """The versions of the article's story (``db.versions``): every
        article of its group, first-imported first; the article alone when
        it has none."""
        with self._reading() as conn:
            articles.title_and_path(conn, article_id)  # one that exists
            return articles.versions_of(conn, article_id)

    def split_version(self, article_id: int) -> list[int]:
        """Take the article out of its group of versions for good (reindexes
        and later imports keep it apart); returns the group it was in."""
        with self._writing() as conn:
            articles.title_and_path(conn, article_id)
            return versions.split(conn, article_id)

    def stats(self) -> dict:
        """Counts, and how well each language is understood (``support``)."""
        from reader.extract.lang import support as language_support

        with self._reading() as conn:
            counts = articles.stats(conn)
        return {**counts, "support": language_support()}

    def set_read(self, article_id: int, read: bool = True) -> None:
        with self._writing() as conn:
            annotations.set_flag(conn, article_id, "read", read)

    def set_starred(self, article_id: int, starred: bool) -> None:
        with self._writing() as conn:
            annotations.set_flag(conn, article_id, "starred", starred)

    # -- saved searches and history ---------------------------------------

    def save_search(self, name: str, query: str) -> None:
        with self._writing() as conn:
            whats_new.mark_saved_created(conn, saved.save(conn, _typed(name), _typed(query)))

    def saved_search(self, name: str) -> str:
        with self._reading() as conn:
            return saved.get(conn, name)

    def saved_searches(self) -> list[SavedSearch]:
        with self._reading() as conn:
            return saved.all_saved(conn)

    def rename_search(self, old: str, new: str) -> None:
        with self._writing() as conn:
            saved.rename(conn, old, new)

    def delete_search(self, name: str) -> None:
        with self._writing() as conn:
            saved.delete(conn, name)

    def remember_search(self, query: str) -> None:
        with self._writing() as conn:
            saved.remember(conn, _typed(query))

    def search_history(self, limit: int = 50) -> list[str]:
        with self._reading() as conn:
            return saved.history(conn, limit)

    # -- what is new since the user looked (reader/whats_new.py) ----------

    def follow(self, entity_id: int) -> bool:
        """Follow an entity; False when it was followed already."""
        with self._writing() as conn:
            return follows.follow(conn, entity_id)

    def unfollow(self, entity_id: int) -> bool:
        with self._writing() as conn:
            return follows.unfollow(conn, entity_id)

    def is_followed(self, entity_id: int) -> bool:
        with self._reading() as conn:
            return follows.is_followed(conn, entity_id)

    def followed(self) -> list[follows.Followed]:
        with self._reading() as conn:
            return follows.followed(conn)

    def whats_new(
        self, kinds: tuple[str, ...] = (whats_new.SAVED, whats_new.ENTITY), bound: int = NEW_BOUND
    ) -> list[NewCount]:
        """Every saved search and followed entity with how many articles
        are new for it (counted up to ``bound`` + 1)."""
        with self._reading() as conn:
            return whats_new.counts(conn, self.entity_ids_named, kinds, bound)

    def new_stamp(self) -> tuple:
        """Changes when an article arrives or one is understood: when the
        counts of ``whats_new`` may have changed."""
        with self._reading() as conn:
            return (follows.top_mark(conn), understanding.pending(conn))

    def open_new(self, item: NewCount, limit: int = 200) -> tuple[list[int], list[int]]:
        """Open a saved search or a followed entity: the articles new for it
        (newest first), then the others it finds (the best first); it is
        then marked seen, unless the library is read-only."""
        with self._reading() as conn:
            # Taken first: what arrives while the lists are read stays new.
            seen = whats_new.seen_mark(conn, item)
            fresh = whats_new.new_ids(conn, item, self.entity_ids_named, limit)
        if item.kind == whats_new.SAVED:
            others = [h.id for h in self.search(item.query or "", limit=limit)]
        else:
            where = ArticleFilter(entity_id=int(item.key))
            others = [r.id for r in self.articles(where, limit=limit + len(fresh))]
        taken = set(fresh)
        if not self.read_only:
            with self._writing() as conn:
                whats_new.mark_opened(conn, item, seen)
        return fresh, [i for i in others if i not in taken][:limit]

    def saved_search_opened(self, name: str) -> None:
        """Remember that the user ran a saved search now."""
        with self._writing() as conn:
            whats_new.mark_saved_opened(conn, name)

    def mark_opened(self, items: list[NewCount]) -> None:
        """Remember that the user looked at these now (``reader new --seen``)."""
        with self._writing() as conn:
            for item in items:
                whats_new.mark_opened(conn, item)

    # -- tags and highlights ----------------------------------------------

    def add_tag(self, article_id: int, name: str) -> None:
        with self._writing() as conn:
            annotations.add_tag(conn, article_id, name)

    def remove_tag(self, article_id: int, name: str) -> bool:
        with self._writing() as conn:
            return annotations.remove_tag(conn, article_id, name)

    def all_tags(self) -> list[TagCount]:
        with self._reading() as conn:
            return annotations.all_tags(conn)

    def add_highlight(self, article_id: int, start: int, end: int, note: str = "") -> int:
        with self._writing() as conn:
            return annotations.add_highlight(conn, article_id, start, end, note)

    def set_highlight_note(self, highlight_id: int, note: str) -> None:
        with self._writing() as conn:
            annotations.set_note(conn, highlight_id, _typed(note))

    def remove_highlight(self, highlight_id: int) -> None:
        with self._writing() as conn:
            annotations.remove_highlight(conn, highlight_id)

    def all_highlights(self, limit: int = 200, offset: int = 0) -> list[HighlightRow]:
        with self._reading() as conn:
            return annotations.all_highlights(conn, limit, offset)

    # -- entities and quotes ----------------------------------------------

    def find_entities(
        self, query: str, limit: int = 50, *, scan: bool = False, wait: bool = True
    ) -> EntityLookup:
        """What ``reader entities``, the finder and the palette list for a
        typed name, by the policy of ``resolve_name``: the entities it means
        (by name or variant, then as a short form, all of them when it fits
        several), then the fuzzy matches of the rest (a name begun, a
        misspelling), none of them for one word shared. An empty query
        lists the entities in the most articles.

        ``scan`` scores every name once instead of building the finder's
        index (5 s at a million articles), which pays off only over many
        keystrokes: the command line asks once. Without ``wait``, while that
        index is not built (``names_ready``), the fuzzy matches come from
        the index built before the entities last changed, if there is one
        (``_previous``), or else are looked up in SQL (``_begun``), instead
        of waiting seconds for it."""
        meant = self._meant(query) if query.strip() else NameResolution([], [])
        with self._reading() as conn:
            key = _entity_key(_typed(query[:MAX_NAME_CHARS]))
            known = entities.summaries(conn, meant.ids[:limit], key)
        first = [EntityHit(i, *known[i], 100.0) for i in meant.ids[:limit] if i in known]
        taken = {hit.id for hit in first}
        if wait or scan:
            fuzzy, ready = self._fuzzy(query, limit, scan), True
        else:
            fuzzy, ready = self._fuzzy_now(query, limit)
        rest = [hit for hit in fuzzy if hit.id not in taken]
        return EntityLookup((first + rest)[:limit], meant.several, ready, tuple(meant.ids))

    def _fuzzy_now(self, query: str, limit: int) -> tuple[list[EntityHit], bool]:
        """``_fuzzy`` without building the index, and whether the index
        answered: from the index of the current names, or else the one built
        before they changed (``_previous``), or else from SQL (``_begun``).
        The stamp is read once: read again for the look-up, a batch committed
        in between would make it a full rebuild (seconds at a million
        articles) under the finder's lock, the stall this path avoids."""
        from reader.finder import rank_all

        query = _typed(query[:MAX_NAME_CHARS])
        ready, cached = self._cached_index()
        if ready:
            return _hits(cached[1], cached[2].search(query, limit * 3), limit), True
        if cached is not None:
            return self._previous(cached[1], cached[2].search(query, limit * 3), limit), False
        names = self._begun(query)
        ranked = rank_all(query, [n.name for n in names], [n.articles for n in names], limit * 3)
        return _hits(names, ranked, limit), False

    def _fuzzy(self, query: str, limit: int, scan: bool) -> list[EntityHit]:
        """Entities whose name or any variant is close to ``query``."""
        from reader.finder import rank_all

        query = _typed(query[:MAX_NAME_CHARS])
        if scan:
            with self._reading() as conn:
                names = entities.entity_names(conn)
            weights = [n.articles for n in names]
            ranked = rank_all(query, [n.name for n in names], weights, limit * 3)
        else:
            names, index = self._name_index()
            ranked = index.search(query, limit * 3)
        return _hits(names, ranked, limit)

    def entities_in(self, article_ids: list[int]) -> set[int]:
        """The entities these articles name."""
        with self._reading() as conn:
            return entities.mentioned_in(conn, article_ids)

    def entity_names(self, entity_ids: list[int]) -> dict[int, str]:
        """entity id -> its display name."""
        with self._reading() as conn:
            return entities.names_of(conn, entity_ids)

    def entity_aliases(self, entity_ids: list[int]) -> dict[int, list[str]]:
        """entity id -> its variant names, without ``entity``'s quotes and
        related entities, which cost seconds for an entity in a hundred
        thousand articles."""
        with self._reading() as conn:
            return entities.aliases_of(conn, entity_ids)

    def all_entities(self) -> list[tuple[EntityHit, list[str]]]:
        """Every entity, those in most articles first, with its variant
        names sorted: one pass over the names (an export at a million
        articles reads 470,000 of them)."""
        from reader.finder import rank_all

        with self._reading() as conn:
            names = entities.entity_names(conn)
        variants: dict[int, set[str]] = {}
        for name in names:
            variants.setdefault(name.entity_id, set()).add(name.name)
        ranked = rank_all("", [n.name for n in names], [n.articles for n in names], len(names))
        return [(hit, sorted(variants[hit.id])) for hit in _hits(names, ranked, len(names))]

    def _previous(
        self, names: list[entities.EntityName], ranked: list[tuple[int, float]], limit: int
    ) -> list[EntityHit]:
        """Hits from the index built before the entities last changed, while
        the new one is built: during the second phase every batch of
        articles changes them, and at a million articles the index takes
        seconds to build, so keystrokes would otherwise get only ``_begun``'s
        coarser answer for as long as the phase runs. Names that arrived
        since are found once the new index is in; the listed entities are
        read again from the tables, so that one merged away, hidden or no
        longer mentioned meanwhile is left out, and the rest show their
        current name, type and count."""
        hits = _hits(names, ranked, limit)
        with self._reading() as conn:
            now = entities.summaries(conn, [hit.id for hit in hits], "")
        return [
            EntityHit(
                hit.id, now[hit.id][0], now[hit.id][1], hit.matched, now[hit.id][3], hit.score
            )
            for hit in hits
            if hit.id in now
        ]

    def _begun(self, query: str) -> list[entities.EntityName]:
        """The names the finder's index would offer first for ``query``,
        read from the tables' indexes in milliseconds where building that
        index takes seconds at a million articles: the names that start
        with what was typed, and the people with a first or last name
        starting with its last word, those in most articles first (an empty
        query: the entities in most articles). Coarser than the index: a
        misspelling, or a word inside a longer name (``Indonesia`` of
        ``Bank Indonesia``), finds its name only once the index is built,
        and the candidates are the heaviest of those that start with a
        letter or two, not of every word that does."""
        key = _entity_key(query)
        last = key.split()[-1] if key else ""
        with self._reading() as conn:
            if not key:
                return entities.heaviest_names(conn, NAME_CANDIDATES)
            return entities.names_begun(conn, key, last, NAME_CANDIDATES)

    def names_ready(self) -> bool:
        """Whether the finder's index of this file's current names is built
        in this process (``load_names``), so that a keystroke costs
        milliseconds."""
        return self._cached_index()[0]

    def _cached_index(self) -> tuple[bool, tuple | None]:
        """Whether the index in ``_NAME_CACHE`` is of the current names, and
        that entry (stamp, names, index), current or not, never building one."""
        with self._reading() as conn:
            stamp = identity.entity_stamp(conn)
        cached = _NAME_CACHE.get(str(self.path))
        return cached is not None and cached[0] == stamp, cached

    def load_names(self) -> None:
        """Build the finder's index (seconds at a million articles), and
        import what reading a typed name needs (``_entity_key``), for a
        thread to do before the user types: the first paint imports neither."""
        _entity_key("")
        self._name_index()

    def _name_index(self) -> tuple[list[entities.EntityName], NameIndex]:
        """The finder's index, shared by every Library on this file in the
        process and rebuilt only when the entities have changed."""
        from reader.finder import NameIndex

        key = str(self.path)
        curations = _CURATIONS.get(key, 0)
        with self._reading() as conn:
            stamp = identity.entity_stamp(conn)
        with _NAME_LOCK:
            cached = _NAME_CACHE.get(key)
            if cached is None or cached[0] != stamp:
                with self._reading() as conn:
                    names = entities.entity_names(conn)
                index = NameIndex([n.name for n in names], [n.articles for n in names])
                cached = (stamp, names, index)
                with _CACHE_LOCK:
                    if _CURATIONS.get(key, 0) == curations:
                        _NAME_CACHE[key] = cached
        return cached[1], cached[2]

    # -- curation (db/curation.py): each change is logged, undoable, and
    # -- kept by a reindex; a read-only library refuses them all.

    @contextmanager
    def _curating(self) -> Iterator[sqlite3.Connection]:
        """A curation's transaction, after which the finder forgets the
        index it answers from while a new one is built (``_previous``):
        the user's own change must show at the next keystroke, and that
        index would not show it (an entity shown again, a variant added,
        one split off), where the SQL answer does until the new one is in."""
        key = str(self.path)
        try:
            with self._writing() as conn:
                yield conn
        finally:
            # Counted, so that an index being built from the names read
            # before this change is not put back in its place.
            with _CACHE_LOCK:
                _CURATIONS[key] = _CURATIONS.get(key, 0) + 1
                _NAME_CACHE.pop(key, None)

    def split_entity(self, entity_id: int, variant: str) -> int:
        """Undo a grouping: the variant named ``variant`` becomes an entity of
        its own, with the mentions and quotes that spell it; a reindex keeps it."""
        with self._curating() as conn:
            return curation.split(conn, entity_id, variant, _entity_key)

    def merge_entities(self, keep: int, absorb: int) -> str:
        """Make ``absorb`` one more variant of ``keep``; a reindex keeps it."""
        with self._curating() as conn:
            return curation.merge(conn, keep, absorb, _entity_key)

    def resolve_entity(self, ref: str) -> int:
        """The one entity an id or a name means (hidden ones too); a name
        that fits several raises ``CurationError`` listing them."""
        with self._reading() as conn:
            return curation.resolve(conn, _typed(ref), _entity_key)

    def hide_entity(self, entity_id: int) -> str:
        with self._curating() as conn:
            return curation.hide(conn, entity_id)

    def unhide_entity(self, entity_id: int) -> str:
        with self._curating() as conn:
            return curation.unhide(conn, entity_id)

    def retype_entity(self, entity_id: int, type_: str) -> str:
        with self._curating() as conn:
            return curation.retype(conn, entity_id, type_)

    def rename_entity(self, entity_id: int, name: str) -> str:
        with self._curating() as conn:
            return curation.rename(conn, entity_id, _typed(name), _entity_key)

    def alias_entity(self, entity_id: int, name: str) -> str:
        with self._curating() as conn:
            return curation.alias(conn, entity_id, _typed(name), _entity_key)

    def undo_curation(self) -> str:
        with self._curating() as conn:
            return curation.undo(conn, _entity_key)

    def curation_log(self) -> list[LogEntry]:
        with self._reading() as conn:
            return curation.entries(conn)

    def apply_curation(self, exported: list[dict]) -> list[str]:
        """Replay another library's exported curation, in one transaction."""
        with self._curating() as conn:
            return curation.apply(conn, exported, _entity_key)

    def entity_page(self, entity_id: int, limit: int = 50) -> EntityPage:
        with self._reading() as conn:
            return entities.entity_page(conn, entity_id, limit)

    def entity(self, entity_id: int) -> EntityDetail:
        with self._reading() as conn:
            return entities.entity(conn, entity_id)

    def quotes(
        self,
        speakers: Sequence[int] | None = None,
        article_id: int | None = None,
        text: str | None = None,
        articles: Sequence[int] | None = None,
        limit: int = 200,
        offset: int = 0,
        described: str | None = None,
    ) -> list[QuoteRow]:
        """Quotes, newest articles first; by any of ``speakers`` (or a
        speaker that is no entity, described with the words ``described``),
        in ``article_id`` or ``articles``, holding all the words of ``text``
        in one quotation (the exact phrase first): see ``db.quotes``."""
        with self._reading() as conn:
            return quotes.quotes(
                conn,
                speakers=speakers,
                article_id=article_id,
                articles=articles,
                text=_typed(text) if text else None,
                limit=limit,
                offset=offset,
                described=_typed(described) if described else None,
            )

    def quote_groups(
        self,
        speakers: Sequence[int] | None = None,
        text: str | None = None,
        articles: Sequence[int] | None = None,
        limit: int = 200,
        offset: int = 0,
        variants: int | None = None,
    ) -> list[QuoteGroup]:
        """The quotations ``quotes`` finds, one statement once: each group
        with its fullest text, its articles, sources, first sighting,
        variants and the speaker its quotations vote for (``db.quote_groups``)."""
        with self._reading() as conn:
            return grouped_quotes.grouped(
                conn,
                speakers=speakers,
                articles=articles,
                text=_typed(text) if text else None,
                limit=limit,
                offset=offset,
                variants=variants,
            )

    def count_quotes(
        self,
        speakers: Sequence[int] | None = None,
        text: str | None = None,
        bound: int = QUOTE_CANDIDATES,
        described: str | None = None,
    ) -> int:
        """How many quotes ``quotes`` finds, up to ``bound`` + 1 (see ``db.quotes.count``)."""
        with self._reading() as conn:
            return quotes.count(
                conn,
                speakers=speakers,
                text=_typed(text) if text else None,
                bound=bound,
                described=_typed(described) if described else None,
            )
