"""Fixtures shared by the whole suite: real SQLite files in a temp folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import settings

from db.records import ArticleRecord, MentionRecord, QuoteRecord, UnderstoodRecord
from db.store import Store
from reader.library import Library

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO.parent / "shared" / "corpora"

# No wall-clock deadline on generated examples: a test asserts behaviour,
# never time, and a loaded two-core machine is slow at random.
settings.register_profile("reader", deadline=None)
settings.load_profile("reader")

needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is absent")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reader.db"


@pytest.fixture
def library(db_path: Path):
    with Library(db_path) as lib:
        yield lib


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write an article file (text as UTF-8) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def article_record(path: str, text: str, title: str, **fields) -> ArticleRecord:
    """A made-up article's record, its content hash that of its text, as the
    importer would make it (other fields as ``ArticleRecord`` has them)."""
    content_hash = hashlib.sha256(text.encode()).hexdigest()
    return ArticleRecord(
        path=path, text=text, encoding="utf-8", content_hash=content_hash, title=title, **fields
    )


def import_paths(library: Library, *paths: Path | str) -> list:
    """Import files through both phases, as ``reader import`` does."""
    results = list(library.run_import(library.plan_import([str(p) for p in paths])))
    for _ in library.understand():
        pass
    return results


def store_understood(
    store: Store,
    made: list[tuple[ArticleRecord, list[MentionRecord], list[QuoteRecord]]],
) -> list[int]:
    """Store made-up articles with the names and quotes a test gives them,
    through both phases (the second phase's claim and swap) in that order;
    returns their article ids."""
    done: list = []
    store.store_articles([record for record, _, _ in made], done)
    claim, _ = store.claim_understanding(len(made), since=0.0)
    store.write_understanding(
        [
            UnderstoodRecord(article_id, list(mentions), list(quotes))
            for (_, article_id), (_, mentions, quotes) in zip(done, made, strict=True)
        ],
        claim,
        0.0,
    )
    return [article_id for _, article_id in done]


@pytest.fixture(scope="module")
def library_for_hypothesis(tmp_path_factory):
    """One library for every example of a property test (fixtures are not reset)."""
    folder = tmp_path_factory.mktemp("hypothesis")
    with Library(folder / "reader.db") as lib:
        write(folder, "a.txt", "Ferry news\n\nThe ferry “sails” again — 東京 and 삼성전자는.")
        import_paths(lib, folder / "a.txt")
        yield lib


def damage_articles_table(db) -> None:
    """Overwrite the root page of the articles table, leaving the file's
    header and schema readable, so that the file opens and reads fail."""
    with Store(db) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = store.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'articles'"
        ).fetchone()
        (page_size,) = store.conn.execute("PRAGMA page_size").fetchone()
    with open(db, "r+b") as handle:
        handle.seek(page_size * (root - 1))
        handle.write(b"\xff" * page_size)
