"""The one place that joins files, extraction and the store.

The CLI and the TUI talk to a ``Library``; neither writes SQL. A Library
owns one store connection, so each thread that needs the database opens
its own Library on the same path.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from db import annotations, articles, health, saved, search
from db.annotations import EntityDetail
from db.articles import ArticleDetail, ArticleFilter, ArticleRow
from db.query import parse as parse_query
from db.search import SearchHit
from db.store import Store
from reader.config import sample_articles_dir
from reader.extract.names import entity_key
from reader.files import DEFAULT_MAX_BYTES
from reader.importer import (
    FileResult,
    Importer,
    alias_index,
    extract_loaded,
    link_variants,
    record_from_text,
)

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 64

__all__ = ["ArticleFilter", "EntityHit", "Library"]


@dataclass(frozen=True, slots=True)
class EntityHit:
    """An entity found by the fuzzy finder, with the variant that matched."""

    id: int
    name: str
    type: str
    matched: str
    article_count: int
    score: float


def _reextract(row: tuple[int, str, str, str | None]):
    _, text, encoding, path = row
    return record_from_text(text, encoding, path)


class Library:
    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.store = Store(path)
        self._names: list[annotations.EntityName] | None = None
        self._counts: dict[int, int] = {}

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _conn(self):
        return self.store.conn

    # -- import -----------------------------------------------------------

    def plan_import(self, arguments: list[str]) -> list[tuple[str, str | None]]:
        return Importer(self.store).plan(arguments)

    def run_import(
        self, planned: list[tuple[str, str | None]], max_bytes: int = DEFAULT_MAX_BYTES
    ) -> Iterator[FileResult]:
        """Import the planned files; parsing and extraction use every core.

        Records come back from the workers in order and are written by this
        one connection, one transaction per file.
        """
        self._names = None
        importer = Importer(self.store, max_bytes)
        wanted = sum(reason is None for _, reason in planned)
        if wanted < PARALLEL_FROM:
            yield from importer.run(planned)
            return
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(mp_context=context) as pool:
            yield from importer.run(
                planned,
                lambda items: pool.map(extract_loaded, items, chunksize=8),
            )

    def reindex(self, batch: int = 256) -> Iterator[int]:
        """Run extraction again over every stored article; yields the count done.

        The text is unchanged, so user data stays: their tags, highlights,
        read state, and entity merges (mentions rejoin entities by alias).
        """
        self._names = None
        index = alias_index(self.store)
        done, last = 0, 0
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
            while rows := self.store.article_texts(last, batch):
                records = pool.map(_reextract, rows, chunksize=16)
                for (article_id, *_), record in zip(rows, records, strict=True):
                    self.store.replace_extraction(article_id, link_variants(record, index))
                done += len(rows)
                last = rows[-1][0]
                yield done
        self.store.drop_unused_entities()

    def import_samples_if_empty(self) -> list[FileResult]:
        """Fill an empty library with the bundled sample articles."""
        if articles.count_articles(self._conn):
            return []
        return list(self.run_import(self.plan_import([str(sample_articles_dir())])))

    # -- health -----------------------------------------------------------

    def check(self) -> health.Report:
        return health.check(self._conn)

    def repair(self) -> list[str]:
        done = health.repair(self._conn)
        if self.store.drop_unused_entities():
            done.append("removed entities nothing mentions")
        return done

    def backup(self, destination: Path) -> None:
        health.backup(self._conn, destination)

    # -- articles ---------------------------------------------------------

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        return search.search(
            self._conn, query, limit=limit, offset=offset, resolve=self.entity_ids_named
        )

    def count_matches(self, query: str) -> int:
        return search.count(self._conn, query, resolve=self.entity_ids_named)

    def explain(self, query: str) -> str:
        """How a query was understood, in words."""
        return parse_query(query).describe()

    def entity_ids_named(self, name: str) -> list[int]:
        """The entities a typed name means: every variant of it, else the
        closest fuzzy match when it is close enough to be the same name."""
        ids = annotations.entity_ids_by_key(self._conn, entity_key(name))
        if ids:
            return ids
        best = self.find_entities(name, limit=1)
        return [best[0].id] if best and best[0].score >= 90 else []

    def articles(
        self,
        where: ArticleFilter | None = None,
        sort: str = "date",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleRow]:
        return articles.list_articles(
            self._conn, where or ArticleFilter(), sort=sort, limit=limit, offset=offset
        )

    def count_articles(self, where: ArticleFilter | None = None) -> int:
        return articles.count_articles(self._conn, where or ArticleFilter())

    def article(self, article_id: int) -> ArticleDetail:
        return articles.get_article(self._conn, article_id)

    def stats(self) -> dict:
        return articles.stats(self._conn)

    def set_read(self, article_id: int, read: bool = True) -> None:
        with self.store.transaction() as conn:
            articles.set_flag(conn, article_id, "read", read)

    def set_starred(self, article_id: int, starred: bool) -> None:
        with self.store.transaction() as conn:
            articles.set_flag(conn, article_id, "starred", starred)

    # -- saved searches and history ---------------------------------------

    def save_search(self, name: str, query: str) -> None:
        with self.store.transaction() as conn:
            saved.save(conn, name, query)

    def saved_search(self, name: str) -> str:
        return saved.get(self._conn, name)

    def saved_searches(self) -> list[tuple[str, str]]:
        return saved.all_saved(self._conn)

    def rename_search(self, old: str, new: str) -> None:
        with self.store.transaction() as conn:
            saved.rename(conn, old, new)

    def delete_search(self, name: str) -> None:
        with self.store.transaction() as conn:
            saved.delete(conn, name)

    def remember_search(self, query: str) -> None:
        with self.store.transaction() as conn:
            saved.remember(conn, query)

    def search_history(self, limit: int = 50) -> list[str]:
        return saved.history(self._conn, limit)

    # -- tags and highlights ----------------------------------------------

    def add_tag(self, article_id: int, name: str) -> None:
        with self.store.transaction() as conn:
            annotations.add_tag(conn, article_id, name)

    def remove_tag(self, article_id: int, name: str) -> bool:
        with self.store.transaction() as conn:
            return annotations.remove_tag(conn, article_id, name)

    def all_tags(self) -> list[tuple[str, int]]:
        return annotations.all_tags(self._conn)

    def add_highlight(self, article_id: int, start: int, end: int, note: str = "") -> int:
        with self.store.transaction() as conn:
            return annotations.add_highlight(conn, article_id, start, end, note)

    def remove_highlight(self, highlight_id: int) -> None:
        with self.store.transaction() as conn:
            annotations.remove_highlight(conn, highlight_id)

    def all_highlights(self, limit: int = 200, offset: int = 0) -> list[dict]:
        return annotations.all_highlights(self._conn, limit, offset)

    # -- entities and quotes ----------------------------------------------

    def find_entities(self, query: str, limit: int = 50) -> list[EntityHit]:
        """Entities whose name or any variant is close to ``query``.

        An empty query lists the entities in the most articles.
        """
        if self._names is None:
            self._names = annotations.entity_names(self._conn)
            self._counts = annotations.entity_article_counts(self._conn)
        names, counts = self._names, self._counts
        if not query.strip():
            best = sorted(names, key=lambda n: -counts.get(n.entity_id, 0))
            scored = [(n, 100.0) for n in best[: limit * 3]]
        else:
            matches = process.extract(
                query,
                [n.name for n in names],
                scorer=fuzz.WRatio,
                processor=utils.default_process,
                limit=limit * 3,
                score_cutoff=75,
            )
            scored = [(names[index], score) for _, score, index in matches]
        seen: dict[int, EntityHit] = {}
        for name, score in scored:
            if name.entity_id not in seen:
                seen[name.entity_id] = EntityHit(
                    name.entity_id,
                    name.name,
                    name.type,
                    name.name,
                    counts.get(name.entity_id, 0),
                    score,
                )
        ranked = sorted(seen.values(), key=lambda h: (-h.score, -h.article_count))
        return ranked[:limit]

    def entity(self, entity_id: int) -> EntityDetail:
        return annotations.entity(self._conn, entity_id)

    def quotes(
        self,
        speaker_id: int | None = None,
        article_id: int | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[dict]:
        return annotations.quotes(
            self._conn, speaker_id=speaker_id, article_id=article_id, limit=limit, offset=offset
        )
